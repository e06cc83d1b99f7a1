/** Plain-text output for terminals and JShell: aligned tables that handle wide characters. */
package org.reformkit.core.text;
