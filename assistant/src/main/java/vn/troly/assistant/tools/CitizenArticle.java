package vn.troly.assistant.tools;

import java.util.List;

/**
 * One article of the citizen guide (prompts/citizen).
 *
 * @param id       file id
 * @param title    question it answers
 * @param keywords words people use for it
 * @param sources  where its facts come from
 * @param body     the answer text
 */
public record CitizenArticle(String id, String title, List<String> keywords, String sources, String body) {
}
