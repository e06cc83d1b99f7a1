package org.reformkit.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code reform} command-line tool: checks, summarises, compares and draws progress reports
 * stored as JSON reform documents. Started by the script {@code examples/reform}, or with {@code
 * java -jar examples/target/reformkit-examples.jar}.
 *
 * <pre>
 * reform validate FILE... [--as-of DATE] [--lang en|zh|fr|es] [--format text|json] [--rules CODE,...]
 * reform summary FILE [--as-of DATE] [--lang en|zh|fr|es]
 * reform diff OLD NEW [--lang en|zh|fr|es]
 * reform history FILE... [--stale K] [--lang en|zh|fr|es]
 * reform dashboard FILE -o OUT.html [--lang en|zh] [--as-of DATE]
 * reform rules [--lang en|zh|fr|es]
 * reform import WORKBOOK.xlsx -o OUT.json [--programme]
 * reform export FILE -o OUT.xlsx [--lang en|zh|fr|es] [--programme]
 * reform template -o OUT.xlsx [--lang en|zh|fr|es]
 * </pre>
 *
 * <p>Every subcommand has {@code --help}; {@code validate}, {@code summary} and {@code dashboard}
 * take {@code --seed} for the built-in seed report instead of a file. Exit status: {@value #OK}
 * when no file has an error finding, {@value #ERROR_FINDINGS} when some file has one, {@value
 * #UNREADABLE} when a file cannot be read as a reform document (with one line on standard error
 * naming the file and, where known, the JSON pointer, line and column) or the command line is
 * wrong, {@value #INTERNAL_ERROR} for a bug in the tool.
 *
 * <p>From code or a test, run it in-process with {@link #commandLine(PrintWriter, PrintWriter)}:
 *
 * <pre>{@code
 * int status = ReformCli.commandLine(out, err).execute("validate", "report.json");
 * }</pre>
 */
@Command(
    name = "reform",
    mixinStandardHelpOptions = true,
    versionProvider = ReformCli.Version.class,
    description =
        "Checks, summarises, compares and draws reform progress reports (JSON reform documents"
            + " or .xlsx workbooks), and converts between the two.",
    subcommands = {
      ValidateCommand.class,
      SummaryCommand.class,
      DiffCommand.class,
      HistoryCommand.class,
      DashboardCommand.class,
      RulesCommand.class,
      SheetsCommands.ImportCommand.class,
      SheetsCommands.ExportCommand.class,
      SheetsCommands.TemplateCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no file has an error finding",
      "1:some file has an error finding",
      "2:a file cannot be read as a reform document, or the command line is wrong",
      "3:an internal error of the tool"
    })
public final class ReformCli implements Callable<Integer> {
  /** Exit status: no file has an error finding. */
  public static final int OK = 0;

  /** Exit status: some file has an error finding. */
  public static final int ERROR_FINDINGS = 1;

  /** Exit status: a file cannot be read as a reform document, or the command line is wrong. */
  public static final int UNREADABLE = 2;

  /** Exit status: an internal error of the tool. */
  public static final int INTERNAL_ERROR = 3;

  private final boolean terminal;
  private final Checker checker;

  /** Standard error as given, for the progress line's carriage returns; set by commandLine. */
  private PrintWriter progressOutput = new PrintWriter(Writer.nullWriter());

  @Spec CommandSpec spec;

  /** Creates the tool; progress is shown when the JVM has a console. */
  public ReformCli() {
    this(onTerminal());
  }

  /**
   * Creates the tool.
   *
   * @param terminal whether to show progress on standard error during long runs
   */
  public ReformCli(boolean terminal) {
    this(terminal, ReportChecks::validate);
  }

  ReformCli(boolean terminal, Checker checker) {
    this.terminal = terminal;
    this.checker = checker;
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = commandLine(out, err, onTerminal()).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Returns the tool, ready to {@link CommandLine#execute(String...) execute}, writing to the given
   * streams and showing no progress.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, false);
  }

  /**
   * Returns the tool, ready to {@link CommandLine#execute(String...) execute}, writing to the given
   * streams.
   *
   * @param out standard output
   * @param err standard error
   * @param terminal whether to show progress on {@code err} during long runs
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
    return commandLine(out, err, terminal, ReportChecks::validate);
  }

  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, boolean terminal, Checker checker) {
    ReformCli cli = new ReformCli(terminal, checker);
    cli.progressOutput = err;
    CommandLine commandLine = new CommandLine(cli);
    // no text from a document reaches the terminal raw: every line is escaped on its way out
    commandLine.setOut(new PrintWriter(new SafeLineWriter(out), true));
    commandLine.setErr(new PrintWriter(new SafeLineWriter(err), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ReformCli::badCommandLine);
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof UnreadableReportException unreadable) {
            line.getErr().println("reform: " + unreadable.oneLine());
            return UNREADABLE;
          }
          line.getErr().println("reform: internal error: " + e);
          e.printStackTrace(line.getErr());
          return INTERNAL_ERROR;
        });
    return commandLine;
  }

  private static int badCommandLine(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("reform: " + e.getMessage());
    err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
    return UNREADABLE;
  }

  /**
   * Whether standard output and input are a terminal: {@code System.console()} is null otherwise on
   * JDK 17 to 21; from JDK 22 it is never null and {@code Console.isTerminal()} tells.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked for where it exists
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * Returns whether progress is shown during long runs.
   *
   * @return true on a terminal
   */
  public boolean terminal() {
    return terminal;
  }

  Checker checker() {
    return checker;
  }

  /**
   * Standard error as given to the tool, for the progress line alone: it writes carriage returns,
   * which the escaped standard error would show, and escapes its own text.
   */
  PrintWriter progressOutput() {
    return progressOutput;
  }

  /**
   * Prints the usage, since a subcommand is needed.
   *
   * @return {@value #UNREADABLE}, as for a wrong command line
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return UNREADABLE;
  }

  /** The version, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = ReformCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "reform " + properties.getProperty("version", "(unknown version)"),
        "reformkit examples, Java " + Runtime.version()
      };
    }
  }
}
