using EmulationPortal.Application.Pledges;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Benchmarks.Pledges;

/// <summary>
/// The baseline for submissions: the same pledge and item rows, prepared INSERTs, one transaction per pledge. Status 1 is
/// Submitted, what a submission stores when the drive needs the leader's acceptance.
/// </summary>
internal sealed class RawPledgeInsert : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _pledge;
    private readonly SqliteCommand _item;

    public RawPledgeInsert(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _pledge = Prepare("""
            INSERT INTO Pledges (CampaignId, Kind, OrgUnitId, UserId, ActionProgramme, Status, SubmittedAtUtc, Version)
            VALUES ($campaign, 0, $unit, $user, $programme, 1, $now, $version) RETURNING Id
            """, "$campaign", "$unit", "$user", "$programme", "$now", "$version");
        _item = Prepare("INSERT INTO PledgeItems (PledgeId, CriterionId, CommittedValue) VALUES ($pledge, $criterion, $value)", "$pledge", "$criterion", "$value");
    }

    public void Submit(BenchUser user, PledgeDraft draft, DateTime nowUtc)
    {
        using var transaction = _connection.BeginTransaction();
        _pledge.Transaction = _item.Transaction = transaction;
        Bind(_pledge, draft.CampaignId, user.OrgUnitId, user.UserId, draft.ActionProgramme, nowUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString().ToUpperInvariant());
        var pledgeId = (long)_pledge.ExecuteScalar()!;
        foreach (var line in draft.Lines.Where(l => l.Included))
        {
            Bind(_item, pledgeId, line.CriterionId, line.Value!.Value);
            _item.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        _pledge.Dispose();
        _item.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    private static void Bind(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
