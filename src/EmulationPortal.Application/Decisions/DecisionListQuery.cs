using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// Every decision, newest first, and the rounds a new one can be drafted from, for those who manage decisions; a council
/// member gets the decisions of the rounds they sat on and nothing to draft; anyone else nothing.
/// </summary>
public sealed class DecisionListQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Row(int Id, string? Number, DateOnly? DecidedOn, DecisionStatus Status, string Round, int Lines, decimal TotalBonus);

    public sealed record DraftableRound(int Id, string Name);

    /// <param name="Manages">Whether the reader drafts and issues (and so reads the year's registers), or only reads.</param>
    public sealed record Result(IReadOnlyList<Row> Decisions, IReadOnlyList<DraftableRound> Rounds, bool Manages);

    public async Task<Result?> ExecuteAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var manages = DecisionAccess.MayManage(user);
        var satOn = DecisionAccess.RoundsSatOn(db, user);
        if (!manages && !await satOn.AnyAsync(ct))
        {
            return null;
        }

        var readable = manages ? db.AwardDecisions : db.AwardDecisions.Where(d => satOn.Contains(d.RoundId));
        var decisions = await readable.AsNoTracking()
            .Join(db.ReviewRounds, d => d.RoundId, r => r.Id, (d, r) => new
            {
                d.Id, d.RoundId, d.Number, d.DecidedOn, d.Status, Round = r.Name, d.DraftedAtUtc,
                Lines = d.Lines.Count(l => l.Included),
                Bonus = d.Lines.Where(l => l.Included).Select(l => l.Bonus).ToList(),
            })
            .ToListAsync(ct);
        var taken = decisions.Where(d => d.Status != DecisionStatus.Revoked).Select(d => d.RoundId).ToHashSet();
        var rounds = await db.ReviewRounds.AsNoTracking()
            .Where(r => r.Status == ReviewRoundStatus.Council || r.Status == ReviewRoundStatus.Decided)
            .OrderByDescending(r => r.Year).Select(r => new DraftableRound(r.Id, r.Name)).ToListAsync(ct);
        return new(
            decisions.OrderByDescending(d => d.DraftedAtUtc).Select(d => new Row(d.Id, d.Number, d.DecidedOn, d.Status, d.Round, d.Lines, d.Bonus.Sum())).ToList(),
            manages ? rounds.Where(r => !taken.Contains(r.Id)).ToList() : [],
            manages);
    }
}
