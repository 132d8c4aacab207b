package io.hindsight.web.view;

/**
 * A shared excerpt as anyone with the link sees it: no names, no recording id.
 *
 * @param context the sharers' note for viewers; empty when there is none
 * @param link the share link's path, /s/TOKEN, under which the clip and captions are
 */
public record ShareView(
    String title, String context, boolean video, String link, String transcript) {}
