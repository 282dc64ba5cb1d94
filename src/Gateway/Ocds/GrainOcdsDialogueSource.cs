using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;

namespace Samspill.Gateway.Ocds;

/// <summary>The open data's dialogue read from the grains as an anonymous caller: announced events and answered questions.</summary>
public sealed class GrainOcdsDialogueSource(IGrainFactory grains) : IOcdsDialogueSource
{
    public async Task<OcdsDialogue> GetAsync(string consortiumId, IReadOnlyList<string> dialogueEventIds, CancellationToken cancellationToken)
    {
        var events = await Task.WhenAll(dialogueEventIds.Select(id => grains.GetGrain<IDialogueEventGrain>(id).GetView()));
        var questions = await grains.GetGrain<IConsortiumDialogueGrain>(consortiumId).GetQuestions();
        var milestones = events.OfType<DialogueEventView>().OrderBy(e => e.StartsAt).Select(e => new OcdsMilestoneInput(
            e.Id, e.Title, e.Description, DialogueRules.KindName(e.Kind), e.StartsAt, e.EndsAt, e.Status, e.AnnouncedAt, e.CancelledAt)).ToList();
        // Anonymous callers see answered questions only, without the asker (ASKER_ANONYMOUS).
        var enquiries = questions.Where(q => q.Answer is not null)
            .Select(q => new OcdsEnquiryInput(q.Id, q.Text, q.AskedAt, q.Answer, q.AnsweredAt)).ToList();
        return new OcdsDialogue(milestones, enquiries);
    }
}
