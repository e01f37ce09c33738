using System.Security.Cryptography;
using System.Text;

namespace EmulationPortal.Application.Council;

/// <summary>
/// The code a voter keeps to check their ballot was counted: random, shown once, stored only as a hash on the ballot,
/// so the store cannot tell whose ballot carries it. The ballot's key is random for the same reason.
/// </summary>
internal static class BallotReceipt
{
    public static (string Code, string Hash) New()
    {
        var code = string.Join('-', Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).Chunk(4).Select(c => new string(c)));
        return (code, HashOf(code));
    }

    /// <summary>Dashes, spaces and case do not matter when the voter types the code back.</summary>
    public static string HashOf(string code)
    {
        var normalised = new string(code.Where(char.IsAsciiHexDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalised)));
    }

    /// <summary>A positive random key (SQLite keeps rows in key order, so not in the order they were cast).</summary>
    public static long NewBallotId() => RandomNumberGenerator.GetInt32(1, int.MaxValue) * (long)int.MaxValue + RandomNumberGenerator.GetInt32(int.MaxValue);
}
