/**
 * Short classes to copy into an existing system: {@link
 * org.reformkit.examples.snippets.ValidateOnePost} (check one post from an HR system), {@link
 * org.reformkit.examples.snippets.CustomRule} (a rule of your own) and {@link
 * org.reformkit.examples.snippets.RegisterJacksonModule} (add the JSON binding to your mapper).
 */
package org.reformkit.examples.snippets;
