package vn.troly.assistant.understand;

import vn.troly.assistant.answer.Status;

/**
 * A label a message was routed to, with its canned reply.
 *
 * @param yieldsToPlan whether a message a plan row is about goes to the plan instead: the label's patterns guess
 *                     from a few words ("giá điện" is in "tham gia diễn tập"), a row that holds the topic knows
 */
public record Route(String name, Status status, String reply, boolean yieldsToPlan) {
}
