using GraphQL;
using GraphQL.Types;
using Samspill.Gateway.GraphQL.Types;
using Samspill.Grains.Common;
using Samspill.Grains.Dialogue;

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
            .Description("Announced events, soonest first. from/to bound the start; cpvPrefix matches any of the event's CPV codes.")
            .Argument<DialogueEventFilterType>("filter")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<DialogueEventFilter>("filter") ?? new DialogueEventFilter();
                var from = filter.From is { } f ? Utc(f) : (DateTimeOffset?)null;
                var to = filter.To is { } t ? Utc(t) : (DateTimeOffset?)null;
                if (from is not null && to is not null && to < from) throw DomainException.Invalid("to", "to must not be before from.");
                var prefix = filter.CpvPrefix?.Split('-')[0].TrimEnd('0');
                if (prefix is { Length: > 8 } || (prefix is not null && !prefix.All(char.IsAsciiDigit)))
                    throw DomainException.Invalid("cpvPrefix", "cpvPrefix is the leading digits of a CPV code, e.g. 48 or 48100000-9.");
                var summaries = (await c.Grains().GetGrain<IDialogueEventDirectoryGrain>(0).List())
                    .Where(e => from is null || e.StartsAt >= from)
                    .Where(e => to is null || e.StartsAt <= to)
                    .Where(e => filter.Consortium is null || e.ConsortiumId == filter.Consortium)
                    .Where(e => string.IsNullOrEmpty(prefix) || e.Cpv.Any(x => x.StartsWith(prefix, StringComparison.Ordinal)))
                    .ToList();
                var page = Paging.Page(summaries, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
                var views = await Task.WhenAll(page.Nodes.Select(e => c.Loader().DialogueEvent(e.Id)));
                return new Connection<DialogueEventView>(views.OfType<DialogueEventView>().ToList(), page.HasNextPage, page.EndCursor, page.TotalCount);
            });
    }

    private static DateTimeOffset Utc(DateTime value) =>
        new(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime());
}
