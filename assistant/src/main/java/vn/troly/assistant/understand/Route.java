package vn.troly.assistant.understand;

import vn.troly.assistant.answer.Status;

/** A label a message was routed to, with its canned reply. */
public record Route(String name, Status status, String reply) {
}
