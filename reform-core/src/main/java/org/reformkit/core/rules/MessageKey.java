package org.reformkit.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * The key of a standard rule's message in the rule message bundles: the rule's code, or the code
 * and a variant ({@code PHASE_END_BEFORE_START.planned}). A key is a type of its own so that it
 * cannot be taken for a literal text; it is made only when every bundle (English, Chinese, French,
 * Spanish) has a pattern for it, so a rule whose message is missing fails when it is defined, not
 * when it reports. Internal.
 */
final class MessageKey {
  private static final ImmutableList<String> ALL_LANGUAGES =
      ImmutableList.<String>builder().add("").addAll(Messages.LANGUAGES).build();

  private final String code;
  private final String key;

  private MessageKey(String code, String key) {
    this.code = code;
    this.key = key;
    for (String language : ALL_LANGUAGES) {
      checkArgument(
          Messages.bundle(language).containsKey(key),
          "no message %s in the rule messages of language '%s'",
          key,
          language);
    }
  }

  /**
   * Returns the key of a rule's only message: the rule's code.
   *
   * @throws IllegalArgumentException if a bundle has no such message
   */
  static MessageKey of(String code) {
    return new MessageKey(code, code);
  }

  /**
   * Returns the key of one of a rule's messages: the code, a dot and the variant.
   *
   * @throws IllegalArgumentException if a bundle has no such message
   */
  static MessageKey of(String code, String variant) {
    return new MessageKey(code, code + "." + variant);
  }

  /** Returns the keys of a rule's messages, one per variant. */
  static ImmutableList<MessageKey> variants(String code, String... variants) {
    ImmutableList.Builder<MessageKey> keys = ImmutableList.builder();
    for (String variant : variants) {
      keys.add(of(code, variant));
    }
    return keys.build();
  }

  /** Returns the code of the rule the message belongs to. */
  String code() {
    return code;
  }

  /** Returns the variant, the part after the code and the dot; empty for the code's own key. */
  String variant() {
    return key.substring(Math.min(key.length(), code.length() + 1));
  }

  /** Returns the key as the bundles spell it. */
  String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
