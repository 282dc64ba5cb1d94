using System.Reflection;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Cases;

/// <summary>The 32 documented cases shipped inside the assembly (Cases/Data/cases.csv, described in its README.md).</summary>
public static class CaseSeed
{
    public static IReadOnlyList<CaseRecord> Load(ReferenceCatalog catalog, DateTimeOffset now)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Samspill.Cases.cases.csv")
            ?? throw new InvalidOperationException("Embedded seed cases are missing.");
        using var reader = new StreamReader(stream);
        var result = CaseCsv.Read(reader.ReadToEnd(), CaseOrigin.Seed, catalog, new HashSet<string>(), now);
        if (result.Errors.Count > 0)
            throw new InvalidOperationException($"The shipped cases do not validate: line {result.Errors[0].Line}, {result.Errors[0].Field}: {result.Errors[0].Message}");
        return result.Imported;
    }
}
