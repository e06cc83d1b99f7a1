package org.reformkit.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file beside its target and moves it into place, so that a failure never leaves half a
 * file, and so that the result has the permissions anyone would expect: a file that is replaced
 * keeps its permissions (and its owner and group where the process may set them), and a new file
 * gets what the process gives any new file (its umask), not the private mode of a temporary file.
 * Internal.
 */
final class ReplacingFile {
  private static final int ATTEMPTS = 100;

  /** What is written into the file. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private ReplacingFile() {}

  static void write(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path temporary = createBeside(target);
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      keepAttributesOf(target, temporary);
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Creates an empty file beside the target, as any new file is created: with no permissions of its
   * own, so that the umask decides them ({@code Files.createTempFile} would make it private).
   */
  private static Path createBeside(Path target) throws IOException {
    Path parent = target.getParent();
    Path name = target.getFileName();
    if (parent == null || name == null) {
      throw new IOException(target + ": is not the path of a file");
    }
    String prefix = "." + name + ".";
    for (int attempt = 1; ; attempt++) {
      Path candidate =
          parent.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Gives the new file the permissions, owner and group of the file it replaces, if any. */
  private static void keepAttributesOf(Path target, Path temporary) throws IOException {
    PosixFileAttributeView existing =
        Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (existing == null || !Files.isRegularFile(target)) {
      return;
    }
    PosixFileAttributes attributes = existing.readAttributes();
    PosixFileAttributeView written =
        Files.getFileAttributeView(
            temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    written.setPermissions(attributes.permissions());
    try {
      written.setGroup(attributes.group());
      written.setOwner(attributes.owner());
    } catch (IOException | SecurityException e) {
      // only a privileged process may give a file away; the permissions are kept all the same
    }
  }
}
