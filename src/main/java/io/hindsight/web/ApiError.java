package io.hindsight.web;

/** The one shape every API error has: a short title, the HTTP status, and what to do about it. */
public record ApiError(String title, int status, String details) {}
