package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.troly.channels.web.CommuneSummaries;
import vn.troly.channels.web.CommuneSummaries.CommuneSummary;
import vn.troly.channels.web.CommuneSummaries.ProvinceSummary;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The screens of /xa: the province, then its communes, a page of at most {@value #PER_PAGE} buttons at a time (with
 * "Trước"/"Sau" to turn pages), or the communes whose names hold what was typed. At national scale a list of every
 * commune would be thousands of buttons; with few communes loaded they are offered at once.
 */
@Singleton
@Requires(bean = TelegramSettings.class)
public class CommunePicker {

    /** Choices per screen: with the paging row and the way back a screen stays within ten rows. */
    static final int PER_PAGE = 8;
    private static final List<String> PREFIXES = List.of("xa ", "phuong ", "thi tran ");

    /** What a screen shows: its sentence (plain text) and its buttons, or none. */
    record Screen(String text, InlineKeyboardMarkup keyboard) {
    }

    private final CommuneSummaries summaries;
    private final VietnameseNormalizer normalizer;
    private final TelegramTexts texts;

    public CommunePicker(CommuneSummaries summaries, VietnameseNormalizer normalizer, TelegramTexts texts) {
        this.summaries = summaries;
        this.normalizer = normalizer;
        this.texts = texts;
    }

    /** The first screen: every commune when they fit on one, else the provinces. */
    Screen start(String prompt) {
        List<CommuneSummary> all = summaries.all();
        return all.size() <= PER_PAGE + 2 ? new Screen(prompt, keyboard(all.stream().map(this::communeButton).toList(), 0, null, false))
                : provinces(prompt, 0);
    }

    /** A page of the provinces, those of communes without a province last ("Chưa rõ tỉnh"). */
    Screen provinces(String prompt, int page) {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (ProvinceSummary p : summaries.provinces()) {
            buttons.add(button(texts.get("province_button", "province", p.name(), "count", p.communes()),
                    CallbackData.province(p.id(), 0)));
        }
        if (!summaries.inProvince(CommuneSummaries.NO_PROVINCE).isEmpty()) {
            buttons.add(button(texts.get("province_none"), CallbackData.province(CommuneSummaries.NO_PROVINCE, 0)));
        }
        return new Screen(prompt, keyboard(buttons, page, CallbackData::provinces, false));
    }

    /** A page of a province's communes, with the way back to the provinces. */
    Screen province(String provinceId, int page) {
        List<CommuneSummary> communes = summaries.inProvince(provinceId);
        if (communes.isEmpty()) {
            return provinces(texts.get("province_choose"), 0);
        }
        String name = communes.get(0).province() == null ? texts.get("province_none") : communes.get(0).province();
        List<InlineKeyboardButton> buttons = communes.stream().sorted(Comparator.comparing(this::fold))
                .map(c -> button(texts.get("commune_button", "commune", c.name()), CallbackData.commune(c.id()))).toList();
        return new Screen(texts.get("commune_choose_in", "province", name),
                keyboard(buttons, page, p -> CallbackData.province(provinceId, p), true));
    }

    /**
     * The communes whose names hold the words typed ("/xa Tân", "/xa tan phu"), names that begin so first, and the
     * provinces so named; the first page only: typing more narrows further. Empty when nothing is so named.
     */
    List<InlineKeyboardButton> matching(String typed) {
        String words = strip(words(typed));
        if (words.isEmpty()) {
            return List.of();
        }
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        summaries.provinces().stream().filter(p -> words(p.name()).contains(words))
                .forEach(p -> buttons.add(button(texts.get("province_button", "province", p.name(), "count", p.communes()),
                        CallbackData.province(p.id(), 0))));
        summaries.all().stream().filter(c -> fold(c).contains(words))
                .sorted(Comparator.comparing((CommuneSummary c) -> !fold(c).startsWith(words)).thenComparing(this::fold))
                .limit(PER_PAGE + 2L - Math.min(buttons.size(), PER_PAGE))
                .forEach(c -> buttons.add(button(label(c), CallbackData.commune(c.id()))));
        return buttons.subList(0, Math.min(buttons.size(), PER_PAGE + 2));
    }

    /** The communes named exactly so, in every province ("Tân Phú" in Đồng Nai and in Tuyên Quang). */
    List<CommuneSummary> named(String typed) {
        String words = strip(words(typed));
        return summaries.all().stream().filter(c -> fold(c).equals(words)).toList();
    }

    /** Buttons for communes that share a name, each with its province. */
    InlineKeyboardMarkup choices(List<CommuneSummary> communes) {
        return keyboard(communes.stream().map(this::communeButton).toList(), 0, null, false);
    }

    /** "Xã Tân Phú (Đồng Nai)": the province tells apart communes of one name. */
    private InlineKeyboardButton communeButton(CommuneSummary c) {
        return button(label(c), CallbackData.commune(c.id()));
    }

    private String label(CommuneSummary c) {
        String name = texts.get("commune_button", "commune", c.name());
        return c.province() == null ? name : name + " (" + c.province() + ")";
    }

    /** A page of buttons, one a row, then "‹ Trước" and "Sau ›" when there are other pages, then the way back. */
    private InlineKeyboardMarkup keyboard(List<InlineKeyboardButton> buttons, int page, Function<Integer, String> pageData,
                                          boolean back) {
        int pages = pageData == null ? 1 : Math.max(1, (buttons.size() + PER_PAGE - 1) / PER_PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<InlineKeyboardButton> slice = pageData == null ? buttons
                : buttons.subList(shown * PER_PAGE, Math.min(buttons.size(), (shown + 1) * PER_PAGE));
        List<InlineKeyboardRow> rows = new ArrayList<>();
        slice.forEach(b -> rows.add(new InlineKeyboardRow(b)));
        InlineKeyboardRow paging = new InlineKeyboardRow();
        if (shown > 0) {
            paging.add(button(texts.get("button_previous"), pageData.apply(shown - 1)));
        }
        if (shown < pages - 1) {
            paging.add(button(texts.get("button_next", "page", shown + 2, "pages", pages), pageData.apply(shown + 1)));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        if (back) {
            rows.add(new InlineKeyboardRow(button(texts.get("button_provinces"), CallbackData.provinces(0))));
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(String label, String data) {
        return InlineKeyboardButton.builder().text(label).callbackData(data).build();
    }

    private String fold(CommuneSummary c) {
        return words(c.name());
    }

    /** "Xã Tân Phú!" → "xa tan phu": folded words joined by one space. */
    private String words(String text) {
        return normalizer.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Without the "xã", "phường" or "thị trấn" typed before the name. */
    private static String strip(String words) {
        return PREFIXES.stream().filter(words::startsWith).findFirst().map(p -> words.substring(p.length())).orElse(words);
    }
}
