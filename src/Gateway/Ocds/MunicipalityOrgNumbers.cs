using System.Reflection;

namespace Samspill.Gateway.Ocds;

/// <summary>
/// The Brønnøysund organisation number of each municipality, shipped with the gateway (from SSB's KLASS
/// correspondence); blank where the 2024 split left it unknown (1508 Ålesund, 1580 Haram).
/// </summary>
public sealed class MunicipalityOrgNumbers
{
    private const string Resource = "Samspill.Gateway.Ocds.municipality-org-numbers.csv";
    private readonly Dictionary<string, string> _byNumber = [];

    public MunicipalityOrgNumbers()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded reference data {Resource} is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length == 2 && parts[1].Length == 9) _byNumber[parts[0]] = parts[1];
        }
    }

    public int Count => _byNumber.Count;

    public string? Of(string municipalityNumber) => _byNumber.GetValueOrDefault(municipalityNumber);
}
