package io.leansim.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.csv.CsvTable.Cell;
import io.leansim.csv.CsvTable.Row;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static final Path DIR = Path.of("src/test/resources/csv");

  private static CsvTable read(String name) throws Exception {
    return CsvTable.read(DIR.resolve(name));
  }

  private static List<String> texts(Row row) {
    return row.cells().stream().map(Cell::text).toList();
  }

  @Test
  void excelSemicolonWithByteOrderMarkAndCrlf() throws Exception {
    CsvTable t = read("excel-semicolon-bom-crlf.csv");
    assertThat(t.delimiter()).isEqualTo(';');
    assertThat(t.names()).containsExactly("time", "type");
    assertThat(t.header().cells().get(0)).isEqualTo(new Cell("time", 1, 1));
    assertThat(t.rows()).hasSize(2);
    assertThat(texts(t.rows().get(1))).containsExactly("09:12", "new_contract");
    assertThat(t.rows().get(1).cells().get(1)).isEqualTo(new Cell("new_contract", 3, 7));
  }

  @Test
  void tabSeparatedKeepsBlankLinesAsBlankRows() throws Exception {
    CsvTable t = read("tab.tsv");
    assertThat(t.delimiter()).isEqualTo('\t');
    assertThat(t.names()).containsExactly("minutes", "clerk");
    assertThat(t.rows()).extracting(Row::isBlank).containsExactly(false, true, false);
    assertThat(t.rows().get(2).cells().get(1)).isEqualTo(new Cell("bob", 4, 5));
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
    CsvTable t = read("quoted.csv");
    assertThat(t.delimiter()).isEqualTo(',');
    assertThat(texts(t.rows().get(0))).containsExactly("Smith, Ann", "said \"hi\", left", "4.5");
    assertThat(texts(t.rows().get(1))).containsExactly("Lee; Bo", "two\nlines", "3");
    assertThat(t.rows().get(1).cells().get(2)).isEqualTo(new Cell("3", 4, 8));
  }

  @Test
  void nonAsciiHeadersAndNames() throws Exception {
    CsvTable t = read("chinese.csv");
    assertThat(t.names()).containsExactly("时间", "类型");
    assertThat(t.indexOf("类型")).isEqualTo(1);
    assertThat(t.rows().get(1).cells().get(1)).isEqualTo(new Cell("新合同", 3, 7));
  }

  @Test
  void blankLinesBeforeTheHeaderAreSkippedAndLaterOnesKept() throws Exception {
    CsvTable t = read("empty-lines.csv");
    assertThat(t.header().line()).isEqualTo(3);
    assertThat(t.rows()).extracting(Row::line).containsExactly(4, 5, 6, 7, 8);
    assertThat(t.rows().stream().filter(r -> !r.isBlank()).map(Row::line)).containsExactly(5, 7);
  }

  @Test
  void aShortRowHasFewerCellsAndItsPosition() throws Exception {
    CsvTable t = read("short-row.csv");
    Row row = t.rows().get(1);
    assertThat(row.line()).isEqualTo(3);
    assertThat(row.cell(1)).isEmpty();
    assertThat(t.problem(row.cells().get(0), "type", "missing").toString())
        .isEqualTo(DIR.resolve("short-row.csv") + ":3:1: type: missing");
  }

  @Test
  void cellsArePositionedAtTheirFirstNonBlankCharacter() throws Exception {
    CsvTable t = CsvTable.parse(Path.of("x.csv"), "a,b,c\n  x , \"q\" ,\n y,,z\n");
    assertThat(t.rows().get(0).cells()).containsExactly(new Cell("x", 2, 3), new Cell("q", 2, 7), new Cell("", 2, 12));
    assertThat(t.rows().get(1).cells()).containsExactly(new Cell("y", 3, 2), new Cell("", 3, 4), new Cell("z", 3, 5));
  }

  @Test
  void theDelimiterIsWhatTheHeaderHasMostOfOutsideQuotes() {
    assertThat(CsvTable.sniff("service")).isEqualTo(',');
    assertThat(CsvTable.sniff("\n\n\"a;b\",c\n1;2;3;4")).isEqualTo(',');
    assertThat(CsvTable.sniff("a;b;c,d\n")).isEqualTo(';');
    assertThat(CsvTable.sniff("a\tb\n")).isEqualTo('\t');
    assertThat(CsvTable.sniff("Zeit, gesamt (s);Schalter\n60;A\n90;A\n")).as("the rows agree with ';'").isEqualTo(';');
    assertThat(CsvTable.sniff("a;b\n4,5;3,25\n1,5;2\n")).isEqualTo(';');
    assertThat(CsvTable.sniff("service\n4,5\n")).isEqualTo(',');
    assertThat(CsvTable.sniff("\"a\nb\",c;d\n1;3\n")).isEqualTo(';');
  }

  @Test
  void anEmptyFileHasNoHeader() throws Exception {
    assertThat(CsvTable.parse(Path.of("e.csv"), "\n \n").isEmpty()).isTrue();
    assertThat(CsvTable.parse(Path.of("e.csv"), "").isEmpty()).isTrue();
    assertThat(CsvTable.parse(Path.of("e.csv"), "a\n").isEmpty()).isFalse();
  }

  @Test
  void anUnclosedQuoteIsAPositionedProblem() {
    assertThatThrownBy(() -> CsvTable.parse(Path.of("u.csv"), "a,b\n1,\"open\n2,3\n"))
        .isInstanceOfSatisfying(CsvTable.Unreadable.class, e -> {
          assertThat(e.problem().file()).isEqualTo(Path.of("u.csv"));
          assertThat(e.problem().message()).contains("Missing closing quote");
        });
  }

  @Test
  void cellsByHeaderName() throws Exception {
    CsvTable t = read("chinese.csv");
    assertThat(t.cell(t.rows().get(0), "类型")).contains(new Cell("缴费", 2, 7));
    assertThat(t.cell(t.rows().get(0), "type")).isEmpty();
    CsvTable s = read("short-row.csv");
    assertThat(s.cell(s.rows().get(1), "type")).isEmpty();
    assertThat(s.cell(s.rows().get(1), "time")).contains(new Cell("09:12", 3, 1));
  }

  @Test
  void cellsAsNumbers() {
    assertThat(new Cell("4.5", 1, 1).number()).hasValue(4.5);
    assertThat(new Cell("-3", 1, 1).number()).hasValue(-3);
    assertThat(new Cell("1e3", 1, 1).number()).hasValue(1000);
    for (String bad : List.of("", "4,5", "abc", "NaN", "Infinity", "5d", "3 min")) {
      assertThat(new Cell(bad, 1, 1).number()).as(bad).isEmpty();
    }
  }

  @Test
  void aForcedDelimiterWinsOverTheSniffedOne() throws Exception {
    Path f = DIR.resolve("semicolon-header-with-comma.csv");
    assertThat(CsvTable.read(f, CsvTable.Options.ofDelimiter(",").orElseThrow()).names())
        .containsExactly("Zeit", "gesamt (s);Schalter");
    CsvTable t = CsvTable.read(f, CsvTable.Options.ofDelimiter(";").orElseThrow());
    assertThat(t.delimiter()).isEqualTo(';');
    assertThat(t.names()).containsExactly("Zeit, gesamt (s)", "Schalter");
    assertThat(t.column("zeit, gesamt").orElseThrow().unit()).isEqualTo("s");
  }

  @Test
  void delimiterOptionsAsACommandLineWritesThem() {
    assertThat(CsvTable.Options.ofDelimiter("tab")).contains(new CsvTable.Options('\t'));
    assertThat(CsvTable.Options.ofDelimiter("\\t")).contains(new CsvTable.Options('\t'));
    assertThat(CsvTable.Options.ofDelimiter("\t")).contains(new CsvTable.Options('\t'));
    assertThat(CsvTable.Options.ofDelimiter(";")).contains(new CsvTable.Options(';'));
    assertThat(CsvTable.Options.ofDelimiter("Semicolon")).contains(new CsvTable.Options(';'));
    assertThat(CsvTable.Options.ofDelimiter("|")).contains(new CsvTable.Options('|'));
    assertThat(CsvTable.Options.ofDelimiter(null)).contains(CsvTable.Options.SNIFFED);
    for (String bad : List.of("x", "\"", ";;", "5", " ")) {
      assertThat(CsvTable.Options.ofDelimiter(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void decimalCommasOnlyWhereTheDelimiterIsNotAComma() throws Exception {
    CsvTable semi = CsvTable.parse(Path.of("s.csv"), "a;b\n4,5;-0,25\n");
    assertThat(semi.decimalComma()).isTrue();
    assertThat(semi.number(semi.rows().get(0).cells().get(0))).hasValue(4.5);
    assertThat(semi.number(semi.rows().get(0).cells().get(1))).hasValue(-0.25);
    assertThat(semi.number(new Cell("4.5", 1, 1))).hasValue(4.5);
    assertThat(semi.number(new Cell("1.234,5", 1, 1))).isEmpty();
    CsvTable comma = CsvTable.parse(Path.of("c.csv"), "a,b\n\"4,5\",1\n");
    assertThat(comma.number(comma.rows().get(0).cells().get(0))).isEmpty();
  }

  @Test
  void elapsedTimes() {
    assertThat(CsvTable.elapsedSeconds("4:30", false)).hasValue(270);
    assertThat(CsvTable.elapsedSeconds("04:05", false)).hasValue(245);
    assertThat(CsvTable.elapsedSeconds("75:00", false)).hasValue(4500);
    assertThat(CsvTable.elapsedSeconds("1:02:03", false)).hasValue(3723);
    assertThat(CsvTable.elapsedSeconds("0:04:30,5", false)).hasValue(270.5);
    assertThat(CsvTable.elapsedSeconds("1:30", true)).hasValue(5400);
    for (String bad : List.of("4:5", "4:60", "1:60:00", "4.5", "", "a:bc", "4:30:", "1:2:3:4")) {
      assertThat(CsvTable.elapsedSeconds(bad, false)).as(bad).isEmpty();
    }
  }

  @Test
  void columnsByNameIgnoringCaseAndTheirUnit() throws Exception {
    CsvTable t = CsvTable.parse(Path.of("u.csv"), "Service (s),wait [min],name,service\n1,2,x,3\n");
    assertThat(t.columns()).extracting(CsvTable.Column::name).containsExactly("Service", "wait", "name", "service");
    assertThat(t.columns()).extracting(CsvTable.Column::unit).containsExactly("s", "min", null, null);
    assertThat(t.column("service").orElseThrow().index()).as("an exact header first").isEqualTo(3);
    assertThat(t.column("SERVICE").orElseThrow().index()).isZero();
    assertThat(t.column("Service (s)").orElseThrow().index()).isZero();
    assertThat(t.column("wait (s)").orElseThrow().index()).isEqualTo(1);
    assertThat(t.column("walt")).isEmpty();
    assertThat(t.column("wait").orElseThrow().secondsPerUnit()).hasValue(60);
    CsvTable.Column mmss = CsvTable.Column.of(0, new Cell("Durée (mm:ss)", 1, 1));
    assertThat(mmss.elapsedFormat()).isTrue();
    assertThat(mmss.hoursAndMinutes()).isFalse();
    assertThat(mmss.secondsPerUnit()).isEmpty();
    assertThat(CsvTable.Column.of(0, new Cell("t (h:mm)", 1, 1)).hoursAndMinutes()).isTrue();
  }

  @Test
  void manyProblemsOfOneKindAreSummedUpAfterTen() {
    Path f = Path.of("m.csv");
    List<CsvTable.Problem> ps = new java.util.ArrayList<>();
    for (int line = 2; line <= 40; line++) {
      ps.add(new CsvTable.Problem(f, line, 1, "column 'x'", "'abc" + line + "' is not a number"));
      if (line == 5) {
        ps.add(new CsvTable.Problem(f, line, 3, null, "this row has 2 cells"));
      }
    }
    List<String> lines = CsvTable.Problem.listed(ps, CsvTable.LISTED_PER_KIND);
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).isEqualTo("m.csv:2:1: column 'x': 'abc2' is not a number");
    assertThat(lines.get(4)).isEqualTo("m.csv:5:3: this row has 2 cells");
    assertThat(lines.get(10)).isEqualTo("m.csv:11:1: column 'x': 'abc11' is not a number");
    assertThat(lines.get(11)).isEqualTo("  ... and 29 more like this (lines 12 to 40)");
  }

  @Test
  void ioProblemsInPlainWords() {
    assertThat(CsvTable.describe(new java.nio.file.NoSuchFileException("x"))).isEqualTo("no such file");
    assertThat(CsvTable.describe(new java.nio.file.AccessDeniedException("x"))).isEqualTo("permission denied");
    assertThat(CsvTable.describe(new java.io.IOException("Is a directory"))).isEqualTo("a folder, not a file");
  }
}
