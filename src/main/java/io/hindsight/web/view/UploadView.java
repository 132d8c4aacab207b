package io.hindsight.web.view;

/**
 * The upload form, or only the banner while the agreement does not allow recording.
 *
 * @param maxLabel the upload limit in words, e.g. "4 GB"
 * @param today the default and latest session date, YYYY-MM-DD
 * @param names the members who consent, e.g. "Sarah Miller and David Brown"
 */
public record UploadView(
    Frame frame, String banner, long maxBytes, String maxLabel, String today, String names) {}
