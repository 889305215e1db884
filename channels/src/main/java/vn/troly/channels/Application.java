package vn.troly.channels;

import io.micronaut.runtime.Micronaut;
import vn.troly.channels.cli.Cli;
import vn.troly.channels.cli.CliLauncher;

/** Entry point: a CLI command when the first argument names one, otherwise the HTTP service. */
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && Cli.COMMANDS.contains(args[0])) {
            System.exit(CliLauncher.main(args, System.out, System.err));
        }
        Micronaut.run(Application.class, args);
    }
}
