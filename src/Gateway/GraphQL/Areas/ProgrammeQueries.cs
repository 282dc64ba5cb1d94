using Samspill.Grains.Programme;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Programme staff queries: the overview and the activity feed; their grains admit programme staff only.</summary>
public sealed class ProgrammeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProgrammeOverviewType>>("programmeOverview")
            .Description("Programme staff only.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IProgrammeOverviewGrain>(0).GetOverview());
        query.Field<NonNullGraphType<ActivityConnectionType>>("activity")
            .Description("Programme staff only. Newest first.")
            .PageArguments()
            .Argument<DateTimeGraphType>("since", a => a.Description = "Only items at or after this instant.")
            .Argument<IntGraphType>("lastMinutes", a => a.Description = "Only items of the last so many minutes (1 to 525,600); with since, the later bound wins.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", a => a.Description = "Only items of these live event types, e.g. [\"ConsortiumCreated\"].")
            .ResolveAsync(async c =>
            {
                var first = Paging.Size(c.GetArgument<int?>("first"));
                var after = c.GetArgument<string?>("after");
                var filter = Filter(c);
                var feed = c.Grains().GetGrain<IActivityFeedGrain>(0);
                var page = filter.IsEmpty
                    ? await feed.Page(ActivityCursor.Decode(after), first)
                    : await feed.Filtered(ActivityCursor.Decode(after), first, filter);
                var last = page.ScannedTo ?? (page.Items.Count > 0 ? page.Items[^1].Sequence : null);
                var end = last is { } sequence ? ActivityCursor.Encode(sequence) : after;
                return new Connection<ActivityItemView>(page.Items.Select(ActivityItemView.From).ToList(), page.HasMore, end, (int)Math.Min(page.Total, int.MaxValue));
            });
    }

    private const int MaxMinutes = 525_600;
    private const int MaxTypes = 20;

    private static ActivityFilter Filter(IResolveFieldContext c)
    {
        var since = c.GetArgument<DateTime?>("since") is { } s ? new DateTimeOffset(s.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : s.ToUniversalTime()) : (DateTimeOffset?)null;
        if (c.GetArgument<int?>("lastMinutes") is { } minutes)
        {
            if (minutes is < 1 or > MaxMinutes)
                throw DomainException.Invalid("lastMinutes", $"lastMinutes must be between 1 and {MaxMinutes}.");
            var from = DateTimeOffset.UtcNow.AddMinutes(-minutes);
            since = since is null || from > since ? from : since;
        }
        var types = c.GetArgument<List<string>?>("types") ?? [];
        if (types.Count > MaxTypes || types.Any(t => t.Length is 0 or > 64))
            throw DomainException.Invalid("types", $"types takes at most {MaxTypes} event type names.");
        return new ActivityFilter(since, types.Distinct(StringComparer.Ordinal).ToList());
    }
}
