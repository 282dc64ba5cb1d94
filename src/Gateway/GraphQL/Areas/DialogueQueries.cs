using Microsoft.Extensions.DependencyInjection;
using Samspill.Grains.Dialogue;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Queries over dialogue events: public once announced, so they work for anonymous callers.</summary>
public sealed class DialogueQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<DialogueEventType>("dialogueEvent")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Loader().DialogueEvent(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<DialogueEventConnectionType>>("dialogueEvents")
            .Description("Announced events, soonest first unless orderBy says otherwise. from/to bound the start; cpvPrefix and cpvPrefixes match any of the event's CPV codes.")
            .Argument<DialogueEventFilterType>("filter")
            .PageArguments()
            .Argument<DialogueEventOrderEnum>("orderBy", a => a.DefaultValue = DialogueEventOrder.StartsAt)
            .ResolveAsync(async c =>
            {
                var criteria = Criteria(c.GetArgument<DialogueEventFilter>("filter") ?? new DialogueEventFilter(), c.GetArgument("orderBy", DialogueEventOrder.StartsAt));
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                var summaries = DialogueEventListing.Select(await DialogueEventDirectory.ListAsync(c.Grains(), c.RequestServices!.GetRequiredService<ReferenceCatalog>()), criteria, now);
                var page = Paging.Page(summaries, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
                var views = await Task.WhenAll(page.Nodes.Select(e => c.Loader().DialogueEvent(e.Id)));
                return new Connection<DialogueEventView>(views.OfType<DialogueEventView>().ToList(), page.HasNextPage, page.EndCursor, page.TotalCount);
            });
    }

    /// <summary>The listing's criteria from the filter, refusing what is not a date range or a CPV prefix.</summary>
    private static DialogueEventCriteria Criteria(DialogueEventFilter filter, DialogueEventOrder order)
    {
        var from = filter.From is { } f ? Utc(f) : (DateTimeOffset?)null;
        var to = filter.To is { } t ? Utc(t) : (DateTimeOffset?)null;
        if (from is not null && to is not null && to < from) throw DomainException.Invalid("to", "to must not be before from.");
        var asked = (filter.CpvPrefixes ?? []).Concat(filter.CpvPrefix is null ? [] : [filter.CpvPrefix]).ToList();
        if (asked.Count > MaxCpvPrefixes) throw DomainException.Invalid("cpvPrefixes", $"At most {MaxCpvPrefixes} CPV prefixes.");
        var prefixes = asked.Select(p => CpvTree.FilterPrefix(p) ?? throw DomainException.Invalid("cpvPrefix", "cpvPrefix is the leading digits of a CPV code, e.g. 48 or 48100000-9.")).Distinct().ToList();
        return new DialogueEventCriteria
        {
            From = from,
            To = to,
            CpvPrefixes = prefixes,
            ConsortiumId = filter.Consortium,
            County = filter.County,
            Kind = filter.Kind,
            UpcomingOnly = filter.Upcoming ?? false,
            Order = order,
        };
    }

    private const int MaxCpvPrefixes = 50;

    private static DateTimeOffset Utc(DateTime value) =>
        new(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime());
}
