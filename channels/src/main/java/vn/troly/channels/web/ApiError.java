package vn.troly.channels.web;

/** The JSON body of every API error. */
public record ApiError(String error, String message) {
}
