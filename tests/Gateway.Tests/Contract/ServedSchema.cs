using System.Text.Json.Nodes;

namespace Samspill.Gateway.Tests.Contract;

/// <summary>A member of a served type as introspection describes it.</summary>
public sealed record ServedMember(string Type, string? DefaultValue);

/// <summary>The schema the gateway serves, read through introspection, keyed like <see cref="ContractItem"/>.</summary>
public sealed class ServedSchema
{
    /// <summary>Everything the contract checks, and no deeper than a [[T!]!]! type reference.</summary>
    public const string Query = """
        query Contract {
          __schema {
            types {
              kind name
              fields(includeDeprecated: true) { name type { ...Ref } args { name defaultValue type { ...Ref } } }
              inputFields { name defaultValue type { ...Ref } }
              enumValues(includeDeprecated: true) { name }
            }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, string> _kinds = new();
    private readonly Dictionary<string, ServedMember> _members = new();

    public ServedSchema(JsonNode data)
    {
        foreach (var type in data["__schema"]!["types"]!.AsArray())
        {
            var name = type!["name"]!.GetValue<string>();
            _kinds[name] = type["kind"]!.GetValue<string>();
            foreach (var field in (type["fields"] as JsonArray) ?? [])
            {
                var key = $"{name}.{field!["name"]!.GetValue<string>()}";
                _members[key] = new(Print(field["type"]!), null);
                foreach (var arg in field["args"]!.AsArray())
                    _members[$"{key}({arg!["name"]!.GetValue<string>()})"] = new(Print(arg["type"]!), arg["defaultValue"]?.GetValue<string>());
            }
            foreach (var field in (type["inputFields"] as JsonArray) ?? [])
                _members[$"{name}.{field!["name"]!.GetValue<string>()}"] = new(Print(field["type"]!), field["defaultValue"]?.GetValue<string>());
            foreach (var value in (type["enumValues"] as JsonArray) ?? [])
                _members[$"{name}.{value!["name"]!.GetValue<string>()}"] = new("", null);
        }
    }

    public string? KindOf(string type) => _kinds.GetValueOrDefault(type);
    public ServedMember? Member(string key) => _members.GetValueOrDefault(key);
    public bool Has(string key) => _kinds.ContainsKey(key) || _members.ContainsKey(key);

    /// <summary>Served arguments of a field, for spotting added arguments that a contract client would not send.</summary>
    public IEnumerable<(string Key, ServedMember Member)> ArgumentsOf(string field) =>
        _members.Where(m => m.Key.StartsWith(field + "(", StringComparison.Ordinal)).Select(m => (m.Key, m.Value));

    private static string Print(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => Print(type["ofType"]!) + "!",
        "LIST" => $"[{Print(type["ofType"]!)}]",
        _ => type["name"]!.GetValue<string>(),
    };
}
