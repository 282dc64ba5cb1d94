using System.Buffers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Live;

namespace Samspill.Gateway.Tests.Live;

/// <summary>The hub protocol rewrites only SignalR's wrapping of our own hub errors; everything else is byte-for-byte JSON protocol.</summary>
public sealed class CodeFirstHubProtocolTests
{
    private static readonly IOptions<JsonHubProtocolOptions> Options = Microsoft.Extensions.Options.Options.Create(new JsonHubProtocolOptions());
    private readonly CodeFirstHubProtocol _protocol = new(Options);
    private readonly JsonHubProtocol _json = new(Options);

    [Fact]
    public void A_hub_error_starts_with_its_code()
    {
        var wrapped = CompletionMessage.WithError("7", "An unexpected error occurred invoking 'Subscribe' on the server. HubException: FORBIDDEN: you may not subscribe to 'programme'.");
        var written = Read(_protocol.GetMessageBytes(wrapped));
        Assert.Equal("FORBIDDEN: you may not subscribe to 'programme'.", Assert.IsType<CompletionMessage>(written).Error);
        Assert.Equal("7", ((CompletionMessage)written).InvocationId);
    }

    [Fact]
    public void Other_errors_and_other_messages_are_left_as_they_are()
    {
        HubMessage[] messages =
        [
            CompletionMessage.WithError("1", "An unexpected error occurred invoking 'Subscribe' on the server."),
            CompletionMessage.WithResult("2", 42),
            new InvocationMessage("event", [new { topic = "programme", sequence = 3 }]),
            PingMessage.Instance,
        ];
        Assert.All(messages, m => Assert.Equal(_json.GetMessageBytes(m).ToArray(), _protocol.GetMessageBytes(m).ToArray()));
    }

    [Fact]
    public void It_is_the_json_protocol_by_name_and_version()
    {
        Assert.Equal((_json.Name, _json.Version, _json.TransferFormat), (_protocol.Name, _protocol.Version, _protocol.TransferFormat));
    }

    private HubMessage Read(ReadOnlyMemory<byte> bytes)
    {
        var sequence = new ReadOnlySequence<byte>(bytes);
        Assert.True(_json.TryParseMessage(ref sequence, new NoBinder(), out var message));
        return message!;
    }

    /// <summary>Completions carry no typed arguments here: bind results as plain objects.</summary>
    private sealed class NoBinder : IInvocationBinder
    {
        public Type GetReturnType(string invocationId) => typeof(object);
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => [];
        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
