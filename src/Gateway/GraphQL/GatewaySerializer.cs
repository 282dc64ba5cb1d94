using System.IO.Pipelines;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer (its converters, our error info provider), which can also read a request from
/// and write a result straight into Kestrel's pipes: its stream overloads go through a pooled buffer and a copy into
/// the pipe, one more buffer and copy per request than the plain JSON endpoints pay (issue 17).
/// </summary>
public sealed class GatewaySerializer(IErrorInfoProvider errors)
    : GraphQLSerializer(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, errors)
{
    /// <summary>Reads a <typeparamref name="T"/> from the request's pipe, without a stream over it.</summary>
    public ValueTask<T?> ReadAsync<T>(PipeReader reader, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsync<T>(reader, SerializerOptions, cancellationToken);

    /// <summary>Writes <paramref name="value"/> into <paramref name="writer"/> and flushes it.</summary>
    public Task WriteAsync<T>(PipeWriter writer, T value, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(writer, value, SerializerOptions, cancellationToken);
}
