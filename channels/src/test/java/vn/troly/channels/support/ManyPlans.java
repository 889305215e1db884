package vn.troly.channels.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A corpus folder of copies of Lợi Bác's plan (the smallest sample, which names no province) under other communes'
 * names, each placed in a province: more communes and provinces than one screen of choices holds, so pickers page.
 */
public final class ManyPlans {

    /** Twelve provinces of two communes each, ten more communes in Lào Cai, and "Tân Phú" in two provinces. */
    public static final List<String[]> COMMUNES = communes();

    private ManyPlans() {
    }

    /** Writes the copies into {@code folder} (one file per commune and province). */
    public static Path write(Path folder) {
        String loiBac = resource("/corpus/loi-bac.txt");
        try {
            Files.createDirectories(folder);
            for (String[] commune : COMMUNES) {
                String text = loiBac.replace("Lợi Bác", commune[0]).replace("LỢI BÁC", commune[0].toUpperCase(Locale.ROOT))
                        .replaceFirst("\\)", ") Thực hiện Kế hoạch của UBND tỉnh " + commune[1] + ".");
                Files.writeString(folder.resolve(fold(commune[1]) + "--" + fold(commune[0]) + ".txt"), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static List<String[]> communes() {
        String[] provinces = {"An Giang", "Cao Bằng", "Điện Biên", "Gia Lai", "Hà Tĩnh", "Khánh Hòa", "Lai Châu",
                "Lâm Đồng", "Lạng Sơn", "Nghệ An", "Phú Thọ", "Quảng Ngãi"};
        String[] first = {"Hòa", "Tân", "Phước", "Vĩnh", "Đông", "Mỹ"};
        String[] second = {"Lợi", "Thạnh", "Sơn", "Hưng", "Hải", "Lộc"};
        List<String[]> communes = new ArrayList<>();
        int n = 0;
        for (String province : provinces) {
            for (int i = 0; i < 2; i++, n++) {
                communes.add(new String[]{first[n % first.length] + " " + second[(n / first.length + n) % second.length], province});
            }
        }
        for (String name : List.of("Bản Lầu", "Bản Xèo", "Bản Vược", "Bản Qua", "Bản Phiệt", "Bản Cầm", "Bản Hồ",
                "Bản Liền", "Bản Mế", "Bản Sen")) {
            communes.add(new String[]{name, "Lào Cai"});
        }
        communes.add(new String[]{"Tân Phú", "Tuyên Quang"});
        communes.add(new String[]{"Tân Phú", "Sơn La"});
        return List.copyOf(communes);
    }

    private static String fold(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String resource(String path) {
        try (InputStream in = ManyPlans.class.getResourceAsStream(path)) {
            return Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
