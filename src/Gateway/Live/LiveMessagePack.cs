using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace Samspill.Gateway.Live;

/// <summary>
/// How the live hub's messages look in SignalR's MessagePack protocol: the same tree as in JSON (maps with the
/// contract's camelCase keys, <c>occurredAt</c> as the same ISO 8601 text, <c>data</c> as a map), so a client reads
/// one shape whichever protocol it asked for. SignalR's default resolver would write record properties by their C#
/// names and a <see cref="JsonElement"/> as an opaque struct.
/// </summary>
public static class LiveMessagePack
{
    /// <summary>The serializer options for <c>MessagePackHubProtocolOptions</c>, as SignalR's own plus our formatters.</summary>
    public static readonly MessagePackSerializerOptions Options =
        MessagePackSerializerOptions.Standard.WithResolver(Resolver.Instance).WithSecurity(MessagePackSecurity.UntrustedData);

    private sealed class Resolver : IFormatterResolver
    {
        public static readonly Resolver Instance = new();

        public IMessagePackFormatter<T>? GetFormatter<T>() => Cache<T>.Formatter;

        private static class Cache<T>
        {
            public static readonly IMessagePackFormatter<T>? Formatter =
                Ours() ?? DynamicEnumAsStringResolver.Instance.GetFormatter<T>() ?? ContractlessStandardResolver.Instance.GetFormatter<T>();

            private static IMessagePackFormatter<T>? Ours() =>
                typeof(T) == typeof(LiveMessage) ? (IMessagePackFormatter<T>)(object)new LiveMessageFormatter()
                : typeof(T) == typeof(SubscribeResult) ? (IMessagePackFormatter<T>)(object)new SubscribeResultFormatter()
                : typeof(T) == typeof(JsonElement) ? (IMessagePackFormatter<T>)(object)new JsonElementFormatter()
                : null;
        }
    }

    private static void Write(ref MessagePackWriter writer, LiveMessage message)
    {
        writer.WriteMapHeader(5);
        writer.Write("topic");
        writer.Write(message.Topic);
        writer.Write("sequence");
        writer.Write(message.Sequence);
        writer.Write("type");
        writer.Write(message.Type);
        writer.Write("occurredAt");
        // The text JSON clients get, not MessagePack's timestamp: one shape for both.
        writer.Write(JsonSerializer.SerializeToElement(message.OccurredAt).GetString());
        writer.Write("data");
        Write(ref writer, message.Data);
    }

    private static void Write(ref MessagePackWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var _ in element.EnumerateObject()) count++;
                writer.WriteMapHeader(count);
                foreach (var property in element.EnumerateObject())
                {
                    writer.Write(property.Name);
                    Write(ref writer, property.Value);
                }
                break;
            case JsonValueKind.Array:
                writer.WriteArrayHeader(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) Write(ref writer, item);
                break;
            case JsonValueKind.String:
                writer.Write(element.GetString());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var whole):
                writer.Write(whole);
                break;
            case JsonValueKind.Number:
                writer.Write(element.GetDouble());
                break;
            case JsonValueKind.True:
                writer.Write(true);
                break;
            case JsonValueKind.False:
                writer.Write(false);
                break;
            default:
                writer.WriteNil();
                break;
        }
    }

    private static NotSupportedException WriteOnly() => new("The live hub only writes its messages; clients never send them.");

    private sealed class LiveMessageFormatter : IMessagePackFormatter<LiveMessage?>
    {
        public void Serialize(ref MessagePackWriter writer, LiveMessage? value, MessagePackSerializerOptions options)
        {
            if (value is null) writer.WriteNil();
            else Write(ref writer, value);
        }

        public LiveMessage? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) => throw WriteOnly();
    }

    private sealed class SubscribeResultFormatter : IMessagePackFormatter<SubscribeResult?>
    {
        public void Serialize(ref MessagePackWriter writer, SubscribeResult? value, MessagePackSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNil();
                return;
            }
            writer.WriteMapHeader(3);
            writer.Write("topic");
            writer.Write(value.Topic);
            writer.Write("sequence");
            writer.Write(value.Sequence);
            writer.Write("missed");
            writer.WriteArrayHeader(value.Missed.Count);
            foreach (var missed in value.Missed) Write(ref writer, missed);
        }

        public SubscribeResult? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) => throw WriteOnly();
    }

    private sealed class JsonElementFormatter : IMessagePackFormatter<JsonElement>
    {
        public void Serialize(ref MessagePackWriter writer, JsonElement value, MessagePackSerializerOptions options) => Write(ref writer, value);

        public JsonElement Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) => throw WriteOnly();
    }
}
