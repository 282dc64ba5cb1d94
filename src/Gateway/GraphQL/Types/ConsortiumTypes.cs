using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Municipalities;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Consortium.</summary>
public sealed class ConsortiumType : ObjectGraphType<ConsortiumView>
{
    public ConsortiumType()
    {
        Name = "Consortium";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<MunicipalityType>>("lead").Resolve(c => c.Catalog().Municipality(c.Source.Lead));
        Field<NonNullGraphType<ConsortiumPhaseEnum>>("phase").Resolve(c => c.Source.Phase);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("members").Resolve(c => c.Source.Members.Select(MemberView.From).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("pooledNeeds").ResolveAsync(async c =>
        {
            // Each pooled need shows only where the caller may see the need itself.
            var needs = await Task.WhenAll(c.Source.PooledNeeds.Select(p => c.Loader().Need(p.NeedId)));
            return needs.OfType<object>().ToList();
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CpvCodeType>>>>("cpv")
            .Resolve(c => c.Source.Cpv.Select(code => c.Catalog().CpvCode(code)).OfType<object>().ToList());
        Field<NonNullGraphType<LongGraphType>>("combinedEstimatedValueNok").Resolve(c => c.Source.CombinedEstimatedValueNok);
        Field<NonNullGraphType<IntGraphType>>("combinedPopulation").Resolve(c => c.Source.Members
            .Where(m => m.IsJoined).Sum(m => c.Catalog().Municipality(m.Municipality)?.Population ?? 0));
        Field<NonNullGraphType<ThresholdRegimeEnum>>("thresholdRegime").Resolve(c => c.Source.ThresholdRegime);
        Field<NonNullGraphType<BooleanGraphType>>("membershipFrozen").Resolve(c => c.Source.MembershipFrozen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("timeline")
            .Argument<IntGraphType>("first", a => a.DefaultValue = PageSizes.TimelineDefault)
            .Resolve(c => c.Source.Timeline.Take(Math.Clamp(c.GetArgument<int>("first"), 0, PageSizes.TimelineMax)).Select(TimelineEntryView.From).ToList());
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.Utc());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DialogueEventType>>>>("dialogueEvents").ResolveAsync(async c =>
        {
            var events = await Task.WhenAll(c.Source.DialogueEventIds.Select(id => c.Loader().DialogueEvent(id)));
            return events.OfType<DialogueEventView>().OrderBy(e => e.StartsAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuestionType>>>>("questions")
            .Description("Answered questions for everyone who sees the consortium; open ones for the asker and the members only.")
            .ResolveAsync(async c => await c.Loader().Questions(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnswerDistributionType>>>>("answerDistribution")
            .Description("The levelling log: which suppliers each answer was published to, and when. Members and programme staff; empty for others.")
            .ResolveAsync(async c => (await c.Grains().GetGrain<IConsortiumDialogueGrain>(c.Source.Id).GetAnswerDistribution()).Select(AnswerDistributionView.From).ToList());
    }
}

/// <summary>Member.</summary>
public sealed class MemberType : ObjectGraphType<MemberView>
{
    public MemberType()
    {
        Name = "Member";
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(c => c.Catalog().Municipality(c.Source.Municipality));
        Field<NonNullGraphType<MemberRoleEnum>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<MemberStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("authorizationReference").Resolve(c => c.Source.AuthorizationReference);
        Field<DateTimeGraphType>("joinedAt").Resolve(c => c.Source.JoinedAt.Utc());
    }
}

/// <summary>Invitation.</summary>
public sealed class InvitationType : ObjectGraphType<InvitationView>
{
    public InvitationType()
    {
        Name = "Invitation";
        Field<NonNullGraphType<ConsortiumType>>("consortium").ResolveAsync(async c => await c.Loader().Consortium(c.Source.ConsortiumId));
        Field<NonNullGraphType<MunicipalityType>>("invitedBy").Resolve(c => c.Catalog().Municipality(c.Source.InvitedBy));
        Field<StringGraphType>("message").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<DateTimeGraphType>>("invitedAt").Resolve(c => (c.Source.InvitedAt ?? DateTimeOffset.MinValue).Utc());
    }
}

/// <summary>TimelineEntry.</summary>
public sealed class TimelineEntryType : ObjectGraphType<TimelineEntryView>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.At.Utc());
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => c.Source.Summary);
        Field<StringGraphType>("actor").Resolve(c => c.Source.Actor);
    }
}
