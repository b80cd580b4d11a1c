namespace Inventory.Infra.Tests.Bicep;

/// <summary>What one run of the Bicep CLI returned.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    public bool IsClean => ExitCode == 0 && string.IsNullOrWhiteSpace(StandardError);

    public string Describe() => $"bicep exited {ExitCode}.{Environment.NewLine}{StandardError}{StandardOutput}";
}
