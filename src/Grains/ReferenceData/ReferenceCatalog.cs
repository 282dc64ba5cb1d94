using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;

namespace Samspill.Grains.ReferenceData;

/// <summary>
/// Municipalities, counties and CPV codes shipped inside the assembly, loaded once at start-up and read
/// without locks afterwards.
/// </summary>
public sealed class ReferenceCatalog
{
    private readonly Dictionary<string, MunicipalityInfo> _municipalities;
    private readonly Dictionary<string, CountyInfo> _counties;
    private readonly Dictionary<string, CpvInfo> _cpvByCode;
    private readonly Dictionary<string, CpvInfo> _cpvByDigits;

    public ReferenceCatalog(ReferenceDataOptions options)
    {
        var smallClasses = options.SmallDistrictCentralityClasses.ToHashSet();
        Municipalities = ReadCsv("municipalities.csv", r => new MunicipalityInfo(
                r.GetField("number")!, r.GetField("name")!, r.GetField("county_number")!,
                int.Parse(r.GetField("population")!, CultureInfo.InvariantCulture),
                int.Parse(r.GetField("centrality_class")!, CultureInfo.InvariantCulture),
                smallClasses.Contains(int.Parse(r.GetField("centrality_class")!, CultureInfo.InvariantCulture))))
            .OrderBy(m => m.Number, StringComparer.Ordinal).ToList();
        _municipalities = Municipalities.ToDictionary(m => m.Number);

        Counties = ReadCsv("counties.csv", r => new CountyInfo(
                r.GetField("number")!, r.GetField("name")!,
                Municipalities.Where(m => m.CountyNumber == r.GetField("number")).Select(m => m.Number).ToList()))
            .OrderBy(c => c.Number, StringComparer.Ordinal).ToList();
        _counties = Counties.ToDictionary(c => c.Number);

        Cpv = ReadCsv("cpv.csv", r => new CpvInfo(r.GetField("code")!, r.GetField("label_en")!, r.GetField("label_no") ?? ""));
        _cpvByCode = Cpv.ToDictionary(c => c.Code);
        _cpvByDigits = Cpv.ToDictionary(c => c.Digits);
    }

    public IReadOnlyList<MunicipalityInfo> Municipalities { get; }
    public IReadOnlyList<CountyInfo> Counties { get; }
    public IReadOnlyList<CpvInfo> Cpv { get; }

    public MunicipalityInfo? Municipality(string? number) =>
        number is not null && _municipalities.TryGetValue(number, out var m) ? m : null;

    public CountyInfo? County(string? number) =>
        number is not null && _counties.TryGetValue(number, out var c) ? c : null;

    /// <summary>The CPV code exactly as written, check digit included; null if it is not in CPV 2008.</summary>
    public CpvInfo? CpvCode(string? code) =>
        code is not null && _cpvByCode.TryGetValue(code.Trim(), out var c) ? c : null;

    /// <summary>The nearest existing ancestor in the CPV tree, or null for a division.</summary>
    public CpvInfo? CpvParent(CpvInfo code)
    {
        var prefix = CpvTree.SignificantPrefix(code.Code);
        for (var len = prefix.Length - 1; len >= 2; len--)
        {
            if (_cpvByDigits.TryGetValue(prefix[..len].PadRight(8, '0'), out var parent) && parent.Code != code.Code)
                return parent;
        }
        return null;
    }

    private static List<T> ReadCsv<T>(string file, Func<CsvReader, T> map)
    {
        var name = $"Samspill.ReferenceData.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded reference data {name} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read()) rows.Add(map(csv));
        return rows;
    }
}
