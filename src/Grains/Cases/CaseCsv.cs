using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Cases;

/// <summary>
/// Reads cases in the format of cases.csv (UTF-8, RFC 4180, the 14 columns of Cases/Data/README.md, an optional
/// lessons_no). Every row is checked before anything is returned: one bad cell makes the whole file refused, with
/// every problem reported by line and column.
/// </summary>
public static partial class CaseCsv
{
    public const int MaxRows = 1000;

    public static CaseImportResult Read(string text, CaseOrigin origin, ReferenceCatalog catalog, IReadOnlySet<string> existingIds, DateTimeOffset now)
    {
        var errors = new List<CaseImportError>();
        var cases = new List<CaseRecord>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = a => errors.Add(new CaseImportError(a.Context.Parser?.RawRow ?? 0, "", "The row is not valid CSV (a stray quote?).")),
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(new StringReader(text), config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            return new([], [new CaseImportError(1, "", "The file is empty: it needs the header row and at least one case.")]);
        var missing = CaseVocabulary.Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            return new([], [new CaseImportError(1, missing[0], $"The header lacks the column(s) {string.Join(", ", missing)}.")]);
        var hasLessons = header.Contains(CaseVocabulary.LessonsColumn);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var previousEnd = csv.Parser.RawRow;
        while (csv.Read())
        {
            var line = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            if (cases.Count + 1 > MaxRows)
            {
                errors.Add(new CaseImportError(line, "", $"A file holds at most {MaxRows} cases."));
                break;
            }
            if (csv.Parser.Record is { } raw && raw.All(string.IsNullOrWhiteSpace)) continue;
            var row = new RowReader(csv, line, errors);
            var record = ReadRow(row, hasLessons, origin, catalog, now);
            if (record is null) continue;
            if (!seen.Add(record.Id)) errors.Add(new CaseImportError(line, "id", $"The id '{record.Id}' appears twice in the file."));
            else if (existingIds.Contains(record.Id)) errors.Add(new CaseImportError(line, "id", $"A case with id '{record.Id}' is already in the library."));
            cases.Add(record);
        }
        if (errors.Count == 0 && cases.Count == 0) errors.Add(new CaseImportError(2, "", "The file holds no cases."));
        return errors.Count > 0 ? new([], errors) : new(cases, []);
    }

    private static CaseRecord? ReadRow(RowReader r, bool hasLessons, CaseOrigin origin, ReferenceCatalog catalog, DateTimeOffset now)
    {
        var before = r.ErrorCount;
        var id = r.Required("id", 100);
        if (id is not null && !IdPattern().IsMatch(id)) r.Error("id", "The id may hold only a-z, 0-9 and '-'.");
        var title = r.Required("title_no", 200);
        var buyers = r.List("buyers", "; ");
        if (buyers.Count == 0) r.Error("buyers", "At least one buyer is needed.");
        var numbers = r.List("kommunenummer", ";");
        foreach (var n in numbers.Where(n => catalog.Municipality(n) is null))
            r.Error("kommunenummer", $"'{n}' is not one of the 357 kommunenummer.");
        var lead = r.Optional("lead", 200);
        if (lead is not null && !buyers.Contains(lead)) r.Error("lead", "The lead must be one of the buyers.");
        var started = r.Year("year_started", now);
        var contract = r.Year("year_contract", now);
        if (started is { } s && contract is { } c && c < s) r.Error("year_contract", "The contract year is before the start year.");
        var procedure = r.Code("procedure", CaseVocabulary.Procedures);
        var cpv = r.List("cpv", ";");
        if (cpv.Count == 0) r.Error("cpv", "At least one CPV code is needed.");
        foreach (var code in cpv.Where(code => catalog.CpvCode(code) is null))
            r.Error("cpv", $"'{code}' is not a CPV 2008 code with its check digit.");
        var domain = r.Code("domain", CaseVocabulary.Domains);
        var summary = r.Required("summary_no", 4000);
        var outcome = r.Optional("outcome_no", 2000);
        var url = r.Optional("source_url", 500);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)))
            r.Error("source_url", "The source must be an http(s) address.");
        var sourceTitle = r.Optional("source_title", 300);
        var lessons = hasLessons ? r.Optional(CaseVocabulary.LessonsColumn, 4000) : null;
        if (r.ErrorCount > before) return null;
        return new CaseRecord
        {
            Id = id!, Title = title!, Buyers = buyers, Municipalities = numbers, Lead = lead, YearStarted = started,
            YearContract = contract, Procedure = procedure!, Cpv = cpv, Domain = domain!, Summary = summary!, Outcome = outcome,
            Lessons = lessons, SourceUrl = url, SourceTitle = sourceTitle, Origin = origin, CreatedAt = now, UpdatedAt = now,
        };
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();

    /// <summary>Reads the cells of one row, collecting what is wrong instead of stopping at the first problem.</summary>
    private sealed class RowReader(CsvReader csv, int line, List<CaseImportError> errors)
    {
        public int ErrorCount => errors.Count;

        public void Error(string field, string message) => errors.Add(new CaseImportError(line, field, message));

        public string? Optional(string field, int max)
        {
            var value = csv.GetField(field)?.Trim();
            if (string.IsNullOrEmpty(value)) return null;
            if (value.Length > max) Error(field, $"At most {max} characters.");
            else if (Disguised(field, value, max) is { } why) Error(field, why);
            return value;
        }

        /// <summary>
        /// Imported text is checked as typed text is (<see cref="TextInput"/>): no text-direction controls anywhere, and
        /// in the one-line cells people scan to tell cases apart (titles, names) no invisible format characters either.
        /// </summary>
        private static string? Disguised(string field, string value, int max)
        {
            try
            {
                if (LineFields.Contains(field)) TextInput.Line(field, value, 0, max);
                else TextInput.Required(field, value, 0, max);
                return null;
            }
            catch (DomainException ex)
            {
                return ex.Message;
            }
        }

        private static readonly HashSet<string> LineFields = ["id", "title_no", "buyers", "lead", "source_title", "kommunenummer", "cpv"];

        public string? Required(string field, int max)
        {
            var value = Optional(field, max);
            if (value is null) Error(field, "This column must be filled.");
            return value;
        }

        public List<string> List(string field, string separator) =>
            (Optional(field, 4000) ?? "").Split(separator.Trim(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        public int? Year(string field, DateTimeOffset now)
        {
            var value = Optional(field, 4);
            if (value is null) return null;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1990 && year <= now.Year + 1) return year;
            Error(field, $"A year between 1990 and {now.Year + 1}.");
            return null;
        }

        public string? Code(string field, IReadOnlyList<string> allowed)
        {
            var value = Required(field, 100);
            if (value is not null && !allowed.Contains(value))
            {
                Error(field, $"'{value}' is not one of {string.Join(", ", allowed)}.");
                return null;
            }
            return value;
        }
    }
}
