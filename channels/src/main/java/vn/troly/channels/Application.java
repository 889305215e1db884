package vn.troly.channels;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import vn.troly.channels.cli.Cli;
import vn.troly.channels.cli.CommandLine;

/** Entry point: a CLI command when the first argument names one, otherwise the HTTP service. */
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && Cli.COMMANDS.contains(args[0])) {
            int code;
            try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("cli").start()) {
                code = context.getBean(Cli.class).run(CommandLine.parse(args), System.out, System.err);
            }
            System.exit(code);
        }
        Micronaut.run(Application.class, args);
    }
}
