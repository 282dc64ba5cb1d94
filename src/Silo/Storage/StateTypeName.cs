namespace Samspill.Silo.Storage;

/// <summary>A state type's name as people read it in errors and the bench's counts: "DirectoryPage&lt;ConsortiumSummary&gt;", not "DirectoryPage`1".</summary>
public static class StateTypeName
{
    public static string Of<T>() => Names<T>.Name;

    private static string Format(Type type) =>
        !type.IsGenericType ? type.Name : $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Format))}>";

    // Computed once per type: Serialize runs on every write.
    private static class Names<T>
    {
        public static readonly string Name = Format(typeof(T));
    }
}
