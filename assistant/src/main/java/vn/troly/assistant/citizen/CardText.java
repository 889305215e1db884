package vn.troly.assistant.citizen;

import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.compose.Excerpt;
import vn.troly.assistant.prompt.Prompts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A card as chat lines (short labelled lines, steps as a numbered list, the sources last on a "Nguồn" line that a
 * channel may fold) and as citations (the card, then each linked source). Every label is a template of answers.yml.
 * The first answer leaves out who may do it and the legal basis, which follow-ups ask for, so that a card fits one
 * Zalo message (2,000 characters).
 */
public final class CardText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Prompts prompts;

    public CardText(Prompts prompts) {
        this.prompts = prompts;
    }

    public List<String> lines(ProcedureCard card) {
        List<String> lines = new ArrayList<>();
        lines.add(prompts.render("citizen_card_title", "text", card.title()));
        lines.add(card.what());
        lines.add(prompts.render("citizen_card_where", "text", card.where()));
        lines.add(prompts.render("citizen_card_steps"));
        for (int i = 0; i < card.steps().size(); i++) {
            lines.add(prompts.render("citizen_card_step", "number", i + 1, "text", card.steps().get(i)));
        }
        // each document is written as a sentence; on one line they are a list, so their full stops would read ".;"
        lines.add(prompts.render("citizen_card_documents", "text", card.documents().stream()
                .map(d -> d.endsWith(".") ? d.substring(0, d.length() - 1) : d).collect(Collectors.joining("; "))));
        lines.add(prompts.render("citizen_card_time_limit", "text", card.timeLimit()));
        lines.add(prompts.render("citizen_card_fee", "text", card.fee()));
        lines.add(prompts.render("citizen_card_result", "text", card.result()));
        lines.add(prompts.render("citizen_card_more"));
        lines.add(sources(card));
        return lines;
    }

    /** One field of a card, under its label ("Giấy tờ cần cho đăng ký khai sinh:"), and the "Nguồn" line. */
    public List<String> field(ProcedureCard card, String field, String label) {
        List<String> lines = new ArrayList<>();
        lines.add(Prompts.fill(label, "name", card.name()));
        switch (field) {
            case "steps" -> {
                for (int i = 0; i < card.steps().size(); i++) {
                    lines.add(prompts.render("citizen_card_step", "number", i + 1, "text", card.steps().get(i)));
                }
            }
            case "documents" -> card.documents().forEach(d -> lines.add(prompts.render("citizen_card_item", "text", d)));
            case "what" -> lines.add(card.what());
            case "who" -> lines.add(card.who());
            case "where" -> lines.add(card.where());
            case "time_limit" -> lines.add(card.timeLimit());
            case "fee" -> lines.add(card.fee());
            case "result" -> lines.add(card.result());
            case "legal_basis" -> lines.add(card.legalBasis());
            default -> throw new IllegalArgumentException("no card field " + field);
        }
        lines.add(sources(card));
        return lines;
    }

    /** The commune's own contact lines, only the parts it gives ("Địa chỉ: …", "Giờ làm việc: …"). */
    public List<String> contact(CommuneContacts.Contact c, String communeName) {
        List<String> lines = new ArrayList<>();
        lines.add(prompts.render("citizen_contact_intro", "commune", communeName,
                "place", c.place() == null ? prompts.render("citizen_contact_place") : c.place()));
        addIf(lines, "citizen_contact_address", c.address());
        addIf(lines, "citizen_contact_hours", c.hours());
        addIf(lines, "citizen_contact_phone", c.phone());
        addIf(lines, "citizen_contact_team", c.communityTeam());
        return lines.size() == 1 ? List.of() : lines;
    }

    private void addIf(List<String> lines, String key, String value) {
        if (value != null) {
            lines.add(prompts.render(key, "text", value));
        }
    }

    /** The "Nguồn" line: the sources' titles and the day they were checked. */
    public String sources(ProcedureCard card) {
        return prompts.render("citizen_card_sources", "date", card.reviewedOn().format(DATE),
                "titles", card.sources().stream().map(CardSource::title).map(CardText::shortTitle)
                        .collect(Collectors.joining("; ")));
    }

    /** A source's title up to its dash: the publisher ("Báo Công an nhân dân"), the rest is in the citation. */
    private static String shortTitle(String title) {
        int dash = title.indexOf(" - ");
        return dash > 0 ? title.substring(0, dash) : title;
    }

    public List<Citation> citations(ProcedureCard card) {
        List<Citation> out = new ArrayList<>();
        String documentId = "citizen/" + card.id();
        out.add(new Citation(documentId, card.title(), null, prompts.render("citizen_citation_section",
                "date", card.reviewedOn().format(DATE)), null, Excerpt.of(card.what(), 200)));
        for (CardSource source : card.sources()) {
            if (source.linked()) {
                // the address as the citation's section: chat channels print "title › section", the web page links it
                out.add(new Citation(documentId, source.title(), null, source.url(), null, null));
            }
        }
        return out;
    }
}
