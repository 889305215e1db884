import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a national corpus for the scale benchmark: the five sample plans as they are, and copies of them under
 * generated commune names spread over the 34 provinces, 3,321 plans in all. Every tenth generated name is used again
 * in the next province, so names repeat across provinces as real ones do. Each copy names its new province wherever
 * the original names its own (a plan without one, Lợi Bác's, gets a sentence that does).
 *
 * <p>Run as a single-file program: {@code java channels/bench/ScaleCorpus.java SAMPLES_DIR OUT_DIR [COUNT]}.
 */
public final class ScaleCorpus {

    private static final String[] PROVINCES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ",
            "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
            "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị",
            "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long",
            "Đồng Tháp", "Cà Mau", "An Giang"};
    private static final String[] SYLLABLES = {"An", "Bình", "Cẩm", "Đông", "Gia", "Hòa", "Khánh", "Lạc", "Minh", "Nam",
            "Phúc", "Quang", "Sơn", "Tân", "Thạch", "Trung", "Vĩnh", "Xuân", "Yên", "Đức", "Hưng", "Long", "Mỹ", "Phong",
            "Thanh", "Thuận", "Tiến", "Hải", "Hồng", "Kim", "Lâm", "Ngọc", "Quý", "Tường", "Vạn", "Lệ", "Đại", "Cát",
            "Định", "Lộc", "Thịnh", "Hiệp", "Phước", "Tây", "Bắc", "Thái", "Châu", "Hậu", "Nghĩa", "Lợi", "Tú", "Hữu",
            "Điền", "Thắng", "Hương", "Mai", "Tùng", "Liên", "Thọ"};
    /** Sample file → its commune as written and its province ("Thành phố"/"tỉnh" kept by the text itself). */
    private static final Map<String, String[]> SAMPLES = Map.of(
            "binh-giang.txt", new String[]{"Bình Giang", "Hải Phòng"},
            "duong-huu.txt", new String[]{"Dương Hưu", "Bắc Ninh"},
            "loi-bac.txt", new String[]{"Lợi Bác", null},
            "phu-trung.txt", new String[]{"Phú Trung", "Đồng Nai"},
            "vinh-tru.txt", new String[]{"Vĩnh Trụ", "Ninh Bình"});

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 3321;
        List<String> files = SAMPLES.keySet().stream().sorted().toList();
        Files.createDirectories(out);
        for (String file : files) {
            Files.copy(samples.resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Set<String> sampleNames = new LinkedHashSet<>();
        SAMPLES.values().forEach(s -> sampleNames.add(s[0]));
        List<String> names = names(count, sampleNames);
        int repeated = 0;
        for (int i = 0; i < names.size(); i++) {
            String file = files.get(i % files.size());
            String[] sample = SAMPLES.get(file);
            int province = i % PROVINCES.length;
            String text = Normalizer.normalize(Files.readString(samples.resolve(file), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            text = rename(text, sample[0], names.get(i));
            text = sample[1] == null ? text.replaceFirst("\\)", ") Thực hiện Kế hoạch của UBND tỉnh " + PROVINCES[province] + ".")
                    : rename(text, sample[1], PROVINCES[province]);
            String fileName = fold(PROVINCES[province]) + "--" + fold(names.get(i)) + ".txt";
            if (Files.exists(out.resolve(fileName))) {
                throw new IllegalStateException("two plans would share " + fileName);
            }
            repeated += i > 0 && names.get(i).equals(names.get(i - 1)) ? 1 : 0;
            Files.writeString(out.resolve(fileName), text, StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "%d plans (%d generated, %d names repeated in another province) in %s%n",
                names.size() + files.size(), names.size(), repeated, out);
    }

    /** Two-syllable names, every tenth one repeated right after (so in the next province). */
    private static List<String> names(int total, Set<String> taken) {
        List<String> names = new ArrayList<>();
        int n = 0;
        while (names.size() < total - SAMPLES.size()) {
            String name = SYLLABLES[n % SYLLABLES.length] + " " + SYLLABLES[(n / SYLLABLES.length + n % 7 + 1) % SYLLABLES.length];
            n++;
            if (taken.contains(name) || name.split(" ")[0].equals(name.split(" ")[1]) || !taken.add(name)) {
                continue;
            }
            names.add(name);
            if (names.size() % 10 == 0 && names.size() < total - SAMPLES.size()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String rename(String text, String from, String to) {
        Matcher m = Pattern.compile(Pattern.quote(from), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            String replacement = found.equals(found.toUpperCase(Locale.ROOT)) ? to.toUpperCase(Locale.ROOT) : to;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String fold(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
