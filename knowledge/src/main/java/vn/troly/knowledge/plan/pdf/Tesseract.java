package vn.troly.knowledge.plan.pdf;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The tesseract command (Debian's tesseract-ocr with tesseract-ocr-vie) over a batch of images: one process reads a
 * list of image files, so a page's hundred cells do not start a hundred processes.
 */
final class Tesseract {

    private static final long TIMEOUT_MINUTES = 10;

    private final String command;
    private Boolean available;

    Tesseract(String command) {
        this.command = command;
    }

    /** Whether the command is set, runs and has the Vietnamese model; asked once. */
    synchronized boolean available() {
        if (command == null || command.isBlank()) {
            return false;
        }
        if (available == null) {
            try {
                available = run(List.of(command, "--list-langs")).lines().anyMatch(line -> line.strip().equals("vie"));
            } catch (IOException e) {
                available = false;
            }
        }
        return available;
    }

    /**
     * Plain text of each image, in order; a null image (nothing to read) reads as empty text.
     *
     * @param pageSegmentation tesseract's --psm: 6 for a cell (one block of text), 4 for a page's body (a column of lines)
     */
    List<String> text(List<Path> images, int pageSegmentation) throws IOException {
        List<Path> present = images.stream().filter(image -> image != null).toList();
        Iterator<String> texts = batch(present, pageSegmentation, List.of()).iterator();
        List<String> all = new ArrayList<>();
        for (Path image : images) {
            all.add(image == null ? "" : texts.next());
        }
        return all;
    }

    /** Words with their boxes, line numbers and image number (tesseract's TSV, page_num counting the images from 1). */
    String tsv(List<Path> images, int pageSegmentation) throws IOException {
        return images.isEmpty() ? "" : run(arguments(images, pageSegmentation, List.of("tsv")));
    }

    static Path png(BufferedImage image, Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private List<String> batch(List<Path> images, int pageSegmentation, List<String> configs) throws IOException {
        if (images.isEmpty()) {
            return List.of();
        }
        String output = run(arguments(images, pageSegmentation, configs));
        // Each image's output ends with a form feed, the last one's sometimes not.
        String[] parts = output.split("\f", -1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            texts.add(i < parts.length ? parts[i] : "");
        }
        return texts;
    }

    private List<String> arguments(List<Path> images, int pageSegmentation, List<String> configs) throws IOException {
        Path list = Files.createTempFile(images.get(0).getParent(), "images", ".txt");
        Files.write(list, images.stream().map(Path::toString).toList());
        List<String> arguments = new ArrayList<>(List.of(command, list.toString(), "stdout", "--psm",
                String.valueOf(pageSegmentation), "--dpi", String.valueOf((int) ScanPages.DPI), "-l", "vie"));
        arguments.addAll(configs);
        return arguments;
    }

    private static String run(List<String> arguments) throws IOException {
        Process process = new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("tesseract failed: " + arguments);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        return output;
    }
}
