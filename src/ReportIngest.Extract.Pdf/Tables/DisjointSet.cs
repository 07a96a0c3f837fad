namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>Union-find over 0..n-1 with path halving.</summary>
internal sealed class DisjointSet
{
    private readonly int[] _parent;

    public DisjointSet(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++) _parent[i] = i;
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
