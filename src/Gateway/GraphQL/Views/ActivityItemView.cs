using Samspill.Grains.Live;

namespace Samspill.Gateway.GraphQL.Views;

/// <summary>An item of the programme's activity feed as the API shows it (from the <see cref="LiveEvent"/> its topic keeps).</summary>
public sealed record ActivityItemView(DateTimeOffset At, string Type, string Topic, string DataJson)
{
    public static ActivityItemView From(LiveEvent e) => new(e.OccurredAt, e.Type, e.Topic, e.DataJson);
}
