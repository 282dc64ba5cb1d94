using System.Text.RegularExpressions;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.WebApp;

/// <summary>
/// Every GraphQL document the web app and GraphiQL's examples send stays within the gateway's query limits, for
/// every kind of caller. A page whose query grew past the complexity limit shows only "Forespørselen var for stor";
/// this finds it before a person does.
/// </summary>
public sealed partial class WebDocumentLimitsTests(SiloApp app) : IClassFixture<SiloApp>
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All()) data.Add(name);
        return data;
    }

    [Fact]
    public void The_web_apps_documents_are_found() => Assert.True(All().Count > 30, $"Only {All().Count} documents found under src/Web/src.");

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Each_document_is_within_the_limits_for_every_caller(string name)
    {
        var document = All().Single(d => d.Name == name).Text;
        var variables = SampleVariables(document);
        string?[] callers = [null, await app.MunicipalityToken("3201"), await app.SupplierToken(OrgNumbers.Next()), await app.ProgrammeToken()];
        foreach (var token in callers)
        {
            var response = await app.GraphQLAsync(document, variables, token);
            Assert.True(response.ErrorCode != "QUERY_TOO_COMPLEX", $"{name} is refused as too complex: {response.Body.ToJsonString()}");
        }
    }

    private static List<(string Name, string Text)>? _all;

    /// <summary>The operations in graphql(`...`) calls outside the generated folder, and GraphiQL's example files.</summary>
    private static List<(string Name, string Text)> All() => _all ??= Find();

    private static List<(string Name, string Text)> Find()
    {
        var src = Path.Combine(WebAppDirectory.Path, "src");
        var found = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(src, "*.ts*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}generated{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in GraphqlCall().Matches(File.ReadAllText(file)))
            {
                var text = m.Groups[1].Value;
                var op = OperationName().Match(text);
                if (op.Success && !text.TrimStart().StartsWith("fragment", StringComparison.Ordinal)) found.Add((op.Groups[2].Value, text));
            }
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(src, "graphiql", "examples"), "*.graphql"))
            found.Add(("graphiql/" + Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)));
        return found;
    }

    /// <summary>Plausible values for required scalar variables, so the document reaches analysis as the app sends it.</summary>
    private static Dictionary<string, object> SampleVariables(string document)
    {
        var values = new Dictionary<string, object>();
        foreach (Match m in RequiredVariable().Matches(document))
        {
            object? value = m.Groups[2].Value switch
            {
                "ID" or "String" => "1",
                "Int" or "Long" or "Float" => 1,
                "Boolean" => true,
                "Date" => "2027-01-01",
                "DateTime" => "2027-01-01T00:00:00Z",
                _ => null,
            };
            if (value is not null) values[m.Groups[1].Value] = value;
        }
        return values;
    }

    [GeneratedRegex(@"graphql\(\s*`([^`]*)`", RegexOptions.Singleline)]
    private static partial Regex GraphqlCall();

    [GeneratedRegex(@"\b(query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex OperationName();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z_]+)!")]
    private static partial Regex RequiredVariable();
}
