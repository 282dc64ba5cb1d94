using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Contract;

/// <summary>
/// The served schema, read by introspection, holds every type, field, argument, input field and enum value of the
/// contract (Contract/schema.graphql, a copy of the shared contract's schema.graphql) under the same name and with a
/// compatible type.
/// </summary>
public sealed class SchemaContractTests(SiloApp app) : IClassFixture<SiloApp>
{
    /// <summary>
    /// Parts of the contract being built elsewhere (suppliers and the market dialogue). A key names a type (and so
    /// everything in it) or one member. The test fails as soon as one of them is served: then delete it from here.
    /// </summary>
    private static readonly string[] NotYetImplemented = [];

    [Fact]
    public async Task The_served_schema_holds_everything_the_contract_promises()
    {
        var served = await ServedAsync();
        var problems = new List<string>();
        foreach (var item in ContractSchema.Items())
        {
            if (IsNotYetImplemented(item)) continue;
            var problem = Check(item, served);
            if (problem is not null) problems.Add($"{item.Key}: {problem}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} contract items not served as promised:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Nothing_on_the_not_yet_implemented_list_is_served_already()
    {
        var served = await ServedAsync();
        var keys = ContractSchema.Items().Select(i => i.Key).ToHashSet();
        Assert.All(NotYetImplemented, key => Assert.True(keys.Contains(key), $"'{key}' is not in the contract; fix the list."));
        var present = NotYetImplemented.Where(served.Has).ToList();
        Assert.True(present.Count == 0, "Served now, delete from NotYetImplemented: " + string.Join(", ", present));
    }

    [Fact]
    public async Task The_standard_introspection_query_of_graphql_tools_is_not_refused_by_the_limits()
    {
        // What GraphiQL and client code generators send (graphql-js getIntrospectionQuery, seven ofType levels).
        var response = await app.GraphQLAsync(StandardIntrospection.Query);
        var data = response.Ok();
        Assert.NotEmpty(data["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task Introspection_that_keeps_re_entering_types_is_still_too_complex()
    {
        // Each fields → type → fields step multiplies the work: the allowance for introspection stops at three.
        var response = await app.GraphQLAsync("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        Assert.Equal("QUERY_TOO_COMPLEX", response.ErrorCode);
        Assert.Null(response.Data?["__schema"]);
    }

    [Fact]
    public void The_contract_copy_is_the_whole_contract()
    {
        // A guard against an emptied or truncated copy silently passing the test above.
        var items = ContractSchema.Items();
        Assert.Contains(items, i => i.Key == "Query.similarNeeds(needId)");
        Assert.Contains(items, i => i.Key == "ConsortiumPhase.BENEFIT_REALISATION");
        Assert.Contains(items, i => i.Key == "ActivityConnection.totalCount");
        Assert.True(items.Count > 400, $"only {items.Count} items");
    }

    private async Task<ServedSchema> ServedAsync() => new((await app.GraphQLAsync(ServedSchema.Query)).Ok());

    private static bool IsNotYetImplemented(ContractItem item) =>
        NotYetImplemented.Contains(item.Key) || NotYetImplemented.Contains(item.Owner)
        || NotYetImplemented.Any(k => item.Key.StartsWith(k + "(", StringComparison.Ordinal));

    private static string? Check(ContractItem item, ServedSchema served)
    {
        if (item.Kind == ContractItemKind.Type)
        {
            var kind = served.KindOf(item.Key);
            return kind == item.Type ? null : kind is null ? "missing" : $"served as {kind}, contract says {item.Type}";
        }
        if (served.KindOf(item.Owner) is null) return $"type {item.Owner} missing";
        var member = served.Member(item.Key);
        if (member is null) return "missing";
        switch (item.Kind)
        {
            case ContractItemKind.Field:
                if (!Narrows(item.Type!, member.Type)) return $"type {member.Type}, contract says {item.Type}";
                // A client written against the contract never sends an argument the server added.
                var required = served.ArgumentsOf(item.Key)
                    .Where(a => a.Member.Type.EndsWith('!') && a.Member.DefaultValue is null)
                    .Select(a => a.Key).Where(k => !ContractSchema.Items().Any(i => i.Key == k)).ToList();
                return required.Count == 0 ? null : "adds required arguments " + string.Join(", ", required);
            case ContractItemKind.Argument or ContractItemKind.InputField:
                if (!Narrows(member.Type, item.Type!)) return $"type {member.Type}, contract says {item.Type}";
                if (item.DefaultValue is not null && member.DefaultValue != item.DefaultValue)
                    return $"default {member.DefaultValue ?? "none"}, contract says {item.DefaultValue}";
                return null;
            default:
                return null;
        }
    }

    /// <summary>True when <paramref name="narrow"/> is <paramref name="wide"/> or the same with more non-null markers.</summary>
    private static bool Narrows(string wide, string narrow)
    {
        if (wide == narrow) return true;
        if (narrow.EndsWith('!')) return Narrows(wide.EndsWith('!') ? wide[..^1] : wide, narrow[..^1]);
        if (wide.EndsWith('!')) return false;
        return wide.StartsWith('[') && narrow.StartsWith('[') && Narrows(wide[1..^1], narrow[1..^1]);
    }
}
