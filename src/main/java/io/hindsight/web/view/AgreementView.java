package io.hindsight.web.view;

import io.hindsight.pair.Terms;
import java.util.List;

/**
 * The pair agreement: where it stands, who signed, the terms to sign, the "always redact" and "our
 * words" lists.
 *
 * @param status the agreement's status, as a CSS suffix (in-force, withdrawn...)
 * @param incomplete the pair lacks a mentor or a mentee
 * @param signed the visitor has signed the latest version
 * @param legend e.g. "Terms of version 2"
 * @param redactWords one a line
 * @param changes what the version the visitor is asked to sign changes from the one both signed,
 *     term by term; empty when there is nothing to compare or the visitor already signed
 * @param pausedOnWithdrawal what a withdrawal pauses for both members, in words
 * @param keptOnWithdrawal what a withdrawal leaves as it is, in words
 * @param vocabulary the pair's "our words", in its order
 */
public record AgreementView(
    Frame frame,
    String status,
    String statusLine,
    List<Member> members,
    boolean incomplete,
    int version,
    boolean signed,
    Terms terms,
    String legend,
    String redactWords,
    List<String> changes,
    List<String> pausedOnWithdrawal,
    List<String> keptOnWithdrawal,
    List<String> vocabulary) {

  /**
   * @param badge the status suffix of the badge (ready, withdrawn, queued)
   * @param badgeText e.g. "signed 2 Dec 2026, 16:05"
   */
  public record Member(String name, boolean you, String role, String badge, String badgeText) {}
}
