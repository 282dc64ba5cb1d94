using System.Reflection;
using GraphQL.Types;
using Samspill.Gateway.GraphQL.Types;
using Samspill.Grains.Municipalities;

namespace Samspill.Gateway.Tests.Contract;

/// <summary>
/// GraphQL object types bind view records made for the API, never a record kept in grain state: a rename in the
/// stored JSON must not change the API, nor an API change the stored JSON.
/// </summary>
public sealed class ApiViewTests
{
    [Fact]
    public void No_graph_type_is_bound_to_a_stored_record()
    {
        var stored = StoredTypes();
        var bound = typeof(NeedType).Assembly.GetTypes()
            .Where(t => !t.IsAbstract)
            .Select(t => (GraphType: t, Source: SourceOf(t)))
            .Where(x => x.Source is not null && Mentions(x.Source, stored))
            .Select(x => $"{x.GraphType.Name} binds {x.Source!.Name}")
            .ToList();
        Assert.True(bound.Count == 0, "Graph types bound to stored records:\n" + string.Join("\n", bound));
    }

    [Fact]
    public void The_stored_types_are_found()
    {
        // Guards the test above against finding nothing.
        var stored = StoredTypes();
        Assert.Contains(typeof(MunicipalityState), stored);
        Assert.Contains(typeof(Samspill.Grains.Needs.NeedRecord), stored);
        Assert.Contains(typeof(Samspill.Grains.Consortia.MemberRecord), stored);
    }

    /// <summary>Every type of the domain reachable from a grain's persistent state, by properties, lists and dictionaries.</summary>
    private static HashSet<Type> StoredTypes()
    {
        var states = typeof(MunicipalityState).Assembly.GetTypes()
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            .SelectMany(c => c.GetParameters())
            .Select(p => p.ParameterType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IPersistentState<>))
            .Select(t => t.GetGenericArguments()[0]);
        var found = new HashSet<Type>();
        var queue = new Queue<Type>(states);
        while (queue.TryDequeue(out var type))
        {
            if (type.IsGenericType) { foreach (var arg in type.GetGenericArguments()) queue.Enqueue(arg); continue; }
            if (type.IsArray) { queue.Enqueue(type.GetElementType()!); continue; }
            if (type.IsEnum || type.Namespace?.StartsWith("Samspill.", StringComparison.Ordinal) != true || !found.Add(type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) queue.Enqueue(property.PropertyType);
        }
        return found;
    }

    private static Type? SourceOf(Type graphType)
    {
        for (var t = graphType; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ObjectGraphType<>)) return t.GetGenericArguments()[0];
        return null;
    }

    private static bool Mentions(Type type, HashSet<Type> stored) =>
        stored.Contains(type) || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, stored)));
}
