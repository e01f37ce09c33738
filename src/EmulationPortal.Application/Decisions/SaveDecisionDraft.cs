using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>The signer and, for what the council left to the competent person, whether each is included; drafts only, audited.</summary>
public sealed class SaveDecisionDraft(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Request(int DecisionId, Guid Version, string SignerName, string SignerTitle, IReadOnlyDictionary<int, bool> Included);

    public Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default) =>
        DecisionChange.ApplyAsync(dbFactory, user, request.DecisionId, request.Version, (_, decision, _) =>
        {
            decision.SetSigner(request.SignerName, request.SignerTitle);
            foreach (var (lineId, included) in request.Included)
            {
                decision.Include(lineId, included);
            }

            return Task.CompletedTask;
        }, ct);
}
