package io.hindsight.web.view;

public record LoginView(Frame frame) {}
