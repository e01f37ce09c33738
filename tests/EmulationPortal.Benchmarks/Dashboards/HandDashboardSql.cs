using System.Globalization;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Units;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Benchmarks.Dashboards;

/// <summary>
/// The baseline: the campaign dashboard as an admin sees it (every unit), written by hand in SQLite SQL over one
/// connection. SQL does the counting, the latest-report lookups and the completion arithmetic; C# only folds the
/// small per-unit rows over the tree, as any hand-written report would.
/// </summary>
internal static class HandDashboardSql
{
    /// <summary>Completion of a reported value against a target, by direction (see <see cref="Completion.Of"/>).</summary>
    private const string CompletionOf = """
        CASE WHEN value IS NULL THEN NULL
             WHEN direction = 1 THEN CASE WHEN value <= target THEN 1.0 WHEN target <= 0 THEN 0.0 ELSE target / value END
             WHEN target <= 0 THEN 1.0 ELSE value / target END
        """;

    /// <summary>The targets shown: those of active participating units on the drive's criteria.</summary>
    private const string ShownTargets = """
        shown AS (
            SELECT t.Id, t.OrgUnitId, t.CriterionId, t.TargetValue AS target, c.Direction AS direction
            FROM UnitTargets t
            JOIN Criteria c ON c.Id = t.CriterionId AND c.CampaignId = t.CampaignId
            JOIN CampaignUnits cu ON cu.CampaignId = t.CampaignId AND cu.OrgUnitId = t.OrgUnitId
            JOIN OrgUnits o ON o.Id = t.OrgUnitId AND o.IsActive
            WHERE t.CampaignId = $campaign)
        """;

    private const string Drive = "SELECT Title, OwnerUnitId, StartDate, EndDate, PledgeDeadline, LaunchDeadline FROM Campaigns WHERE Id = $campaign";

    private const string CriteriaSql = "SELECT Id, Name, UnitOfMeasure, Direction, Weight FROM Criteria WHERE CampaignId = $campaign ORDER BY SortOrder";

    /// <summary>Participating units with their own people: staff, and pledges by status of the people who belong there now.</summary>
    private const string UnitsSql = """
        SELECT o.Id, o.Code, o.Name, o.Kind, o.ParentId, date(cu.LaunchedAtUtc, '+7 hours'),
               (SELECT COUNT(*) FROM AspNetUsers u WHERE u.OrgUnitId = o.Id),
               COUNT(p.Id) FILTER (WHERE p.Status = 0), COUNT(p.Id) FILTER (WHERE p.Status = 1), COUNT(p.Id) FILTER (WHERE p.Status = 2),
               COUNT(p.Id) FILTER (WHERE p.Status = 3), COUNT(p.Id) FILTER (WHERE p.Status = 4),
               (SELECT COUNT(*) FROM Pledges cp WHERE cp.CampaignId = $campaign AND cp.Kind = 1 AND cp.OrgUnitId = o.Id AND cp.Status IN (1, 2))
        FROM CampaignUnits cu
        JOIN OrgUnits o ON o.Id = cu.OrgUnitId AND o.IsActive
        LEFT JOIN AspNetUsers u ON u.OrgUnitId = o.Id
        LEFT JOIN Pledges p ON p.CampaignId = $campaign AND p.UserId = u.Id AND p.Kind = 0
        WHERE cu.CampaignId = $campaign
        GROUP BY o.Id
        """;

    /// <summary>Each shown target's latest report (ties to the later row) and its completion.</summary>
    private const string CellsSql = $"""
        WITH {ShownTargets},
        latest AS (
            SELECT s.*, (SELECT r.Value FROM ProgressReports r WHERE r.UnitTargetId = s.Id ORDER BY r.AsOf DESC, r.Id DESC LIMIT 1) AS value
            FROM shown s)
        SELECT OrgUnitId, CriterionId, target, value, {CompletionOf} FROM latest
        """;

    /// <summary>
    /// For every day anything was reported, each criterion's mean capped completion over all its targets from their latest
    /// report up to that day, a target not yet reported counting 0.
    /// </summary>
    private const string HistorySql = $"""
        WITH {ShownTargets},
        days AS (SELECT DISTINCT r.AsOf AS day FROM shown s JOIN ProgressReports r ON r.UnitTargetId = s.Id),
        asof AS (
            SELECT s.CriterionId, d.day, s.target, s.direction,
                   (SELECT r.Value FROM ProgressReports r WHERE r.UnitTargetId = s.Id AND r.AsOf <= d.day ORDER BY r.AsOf DESC, r.Id DESC LIMIT 1) AS value
            FROM days d CROSS JOIN shown s)
        SELECT day, CriterionId, AVG(COALESCE(MIN({CompletionOf}, 1.0), 0.0)) FROM asof GROUP BY day, CriterionId ORDER BY day
        """;

    public static CampaignDashboard Read(string connectionString, int campaignId, DateOnly today)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var (title, owner, period) = Single(connection, Drive, campaignId, r => (r.GetString(0), r.GetInt32(1), new CampaignPeriod(
            DateOnly.Parse(r.GetString(2), CultureInfo.InvariantCulture), DateOnly.Parse(r.GetString(3), CultureInfo.InvariantCulture),
            DateOnly.Parse(r.GetString(4), CultureInfo.InvariantCulture), r.IsDBNull(5) ? null : DateOnly.Parse(r.GetString(5), CultureInfo.InvariantCulture))));
        var criteria = Rows(connection, CriteriaSql, campaignId, r => new CriterionFigure(r.GetInt32(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), (Direction)r.GetInt32(3), r.GetDouble(4), null));
        var units = Rows(connection, UnitsSql, campaignId, r => new UnitRow(
            r.GetInt32(0), r.GetString(1), r.GetString(2), (OrgUnitKind)r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4),
            r.IsDBNull(5) ? null : DateOnly.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.GetInt32(6), [r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11)], r.GetInt32(12)))
            .ToDictionary(u => u.Id);
        var cells = Rows(connection, CellsSql, campaignId, r => (Unit: r.GetInt32(0), Cell: new TargetCell(r.GetInt32(1), r.GetDouble(2), Nullable(r, 3), Nullable(r, 4))))
            .ToDictionary(c => (c.Unit, c.Cell.CriterionId), c => c.Cell);
        var history = Rows(connection, HistorySql, campaignId, r => (Day: DateOnly.Parse(r.GetString(0), CultureInfo.InvariantCulture), Criterion: r.GetInt32(1), Completion: r.GetDouble(2)));

        var elapsed = DashboardRollUp.ElapsedShare(period.Start, period.End, today);
        var unitFigures = Tree.Figures(units, criteria, cells, elapsed);
        var criterionFigures = criteria.Select(c =>
        {
            var targets = unitFigures.Select(u => u.Cells.Single(x => x.CriterionId == c.CriterionId)).Where(x => x.Target is not null).ToList();
            var reported = targets.Select(x => x.Completion).OfType<double>().ToList();
            return c with { Completion = targets.Count == 0 ? null : new OverallCompletion(reported.Sum(x => Math.Min(x, 1)) / targets.Count, reported.Count, targets.Count) };
        }).ToList();

        var dates = history.Select(h => h.Day).Distinct().ToList();
        var byDay = history.ToDictionary(h => (h.Day, h.Criterion), h => h.Completion);
        var series = criteria.Select(c => new CriterionSeries(c.CriterionId, c.Name, dates.Select(d => byDay.TryGetValue((d, c.CriterionId), out var v) ? v : (double?)null).ToList())).ToList();

        var launches = period.LaunchDeadline is not { } last
            ? []
            : units.Values.Where(u => u.ParentId == owner).OrderBy(u => u.Code, StringComparer.Ordinal)
                .Select(u => new LaunchRecord(u.Id, u.Code, u.Name, u.LaunchedOn, CampaignUnit.StateOf(u.LaunchedOn, last, today)))
                .ToList();

        return new CampaignDashboard(
            campaignId,
            title,
            period.Start,
            period.End,
            period.LaunchDeadline,
            today,
            period.DaysRemaining(today),
            elapsed,
            units.Values.Sum(u => u.Staff),
            units.Values.Sum(u => u.Participants),
            Enum.GetValues<PledgeStatus>().ToDictionary(s => s, s => units.Values.Sum(u => u.Pledges[(int)s])),
            units.Values.Sum(u => u.Collective),
            OverallCompletion.Combine(criterionFigures.Select(c => (c.Weight, c.Completion))),
            criterionFigures,
            unitFigures,
            launches,
            new ProgressHistory(dates, series));
    }

    private static double? Nullable(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    private static List<T> Rows<T>(SqliteConnection connection, string sql, int campaignId, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$campaign", campaignId);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static T Single<T>(SqliteConnection connection, string sql, int campaignId, Func<SqliteDataReader, T> read) =>
        Rows(connection, sql, campaignId, read).Single();

    internal sealed record UnitRow(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, DateOnly? LaunchedOn, int Staff, int[] Pledges, int Collective)
    {
        public int Participants => Pledges[(int)PledgeStatus.Submitted] + Pledges[(int)PledgeStatus.Accepted];
    }
}
