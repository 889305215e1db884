package vn.troly.assistant.citizen;

/**
 * Where a card's facts come from.
 *
 * @param title what the source is, as a reader would name it
 * @param url   its address, or null for a source without one (the commune's own plan)
 */
public record CardSource(String title, String url) {

    public boolean linked() {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
