/** Plain-text output for terminals and JShell: aligned tables that handle wide characters. */
@NullMarked
package org.reformkit.core.text;

import org.jspecify.annotations.NullMarked;
