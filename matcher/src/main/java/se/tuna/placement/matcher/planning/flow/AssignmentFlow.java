package se.tuna.placement.matcher.planning.flow;

import java.util.Arrays;

/**
 * An exact, pure-Java min-cost flow for capacitated assignment with convex load costs: each row
 * (a participant) takes at most one column (a slot) it has an arc to, worth that arc's value;
 * each column has a capacity (its seats) and hangs below a tree of groups (its supervisor, below
 * that its employer); a group carrying {@code f} rows costs {@code weight · ((existing + f)² −
 * existing²)}. {@link #solve()} finds the assignment of the largest total value minus group costs.
 *
 * <p>The network is source → row → column → group → … → sink, every row with a bypass straight to
 * the sink (unassigned, worth 0). The algorithm is successive shortest paths, one row at a time
 * (the Hungarian method's order): rows with the most valuable arc first, each sent along the
 * cheapest path in the residual network, found by Dijkstra on reduced costs (node potentials keep
 * them non-negative) and stopped as soon as the sink is reached, so a search only touches what
 * competes for the same seats. A convex group cost enters the residual network as its marginal
 * cost: {@code weight · (2(existing + f) + 1)} to add a row, minus {@code weight · (2(existing + f)
 * − 1)} to take one away. After each row the flow is optimal for the rows so far (reduced costs
 * stay non-negative on every residual arc), so after the last it is optimal.
 *
 * <p>Values and costs are longs; a caller that orders several levels (medium before soft) scales
 * them into one number itself. Not thread-safe; one instance solves one problem.
 */
public final class AssignmentFlow {

    /** The parent of a group or column that hangs directly below the sink. */
    public static final int SINK = -1;

    private static final long UNREACHED = Long.MAX_VALUE;

    private final int rows;
    private int groups;
    private int columns;
    private long[] groupWeight = new long[16];
    private long[] groupExisting = new long[16];
    private int[] groupParent = new int[16];
    private int[] columnCapacity = new int[16];
    private int[] columnParent = new int[16];
    private int arcs;
    private int[] arcRow = new int[64];
    private int[] arcColumn = new int[64];
    private long[] arcValue = new long[64];
    private boolean solved;

    /** @param rows how many rows (participants) there are */
    public AssignmentFlow(int rows) {
        this.rows = rows;
    }

    /**
     * A group whose load costs {@code weight · ((existing + f)² − existing²)} for {@code f} rows below it.
     *
     * @param parent   an earlier group, or {@link #SINK}
     * @param weight   cost per unit of growth; 0 for none
     * @param existing the load it has already
     * @return the group's number
     */
    public int addGroup(int parent, long weight, long existing) {
        checkParent(parent);
        if (weight < 0 || existing < 0) {
            throw new IllegalArgumentException("A group's weight and existing load must not be negative");
        }
        if (groups == groupWeight.length) {
            groupWeight = Arrays.copyOf(groupWeight, groups * 2);
            groupExisting = Arrays.copyOf(groupExisting, groups * 2);
            groupParent = Arrays.copyOf(groupParent, groups * 2);
        }
        groupWeight[groups] = weight;
        groupExisting[groups] = existing;
        groupParent[groups] = parent;
        return groups++;
    }

    /**
     * @param capacity how many rows it takes
     * @param parent   its group, or {@link #SINK}
     * @return the column's number
     */
    public int addColumn(int capacity, int parent) {
        checkParent(parent);
        if (capacity < 0) {
            throw new IllegalArgumentException("A capacity must not be negative");
        }
        if (columns == columnCapacity.length) {
            columnCapacity = Arrays.copyOf(columnCapacity, columns * 2);
            columnParent = Arrays.copyOf(columnParent, columns * 2);
        }
        columnCapacity[columns] = capacity;
        columnParent[columns] = parent;
        return columns++;
    }

    /** Row {@code row} may take column {@code column}, worth {@code value}; an arc worth nothing is left out. */
    public void addArc(int row, int column, long value) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IllegalArgumentException("No row " + row + " or column " + column);
        }
        if (value <= 0) {
            return;
        }
        if (arcs == arcRow.length) {
            arcRow = Arrays.copyOf(arcRow, arcs * 2);
            arcColumn = Arrays.copyOf(arcColumn, arcs * 2);
            arcValue = Arrays.copyOf(arcValue, arcs * 2);
        }
        arcRow[arcs] = row;
        arcColumn[arcs] = column;
        arcValue[arcs] = value;
        arcs++;
    }

    private void checkParent(int parent) {
        if (parent != SINK && (parent < 0 || parent >= groups)) {
            throw new IllegalArgumentException("No group " + parent);
        }
    }

    /**
     * The best assignment.
     *
     * @return for each row the column it takes, or −1 for none
     */
    public int[] solve() {
        if (solved) {
            throw new IllegalStateException("Solved already");
        }
        solved = true;
        return new Solver().run();
    }

    /**
     * The total an assignment is worth: its arcs' values minus the groups' costs (the objective
     * {@link #solve()} maximises); for tests and checks.
     *
     * @throws IllegalArgumentException if a row takes a column it has no arc to or a column is over capacity
     */
    public long worth(int[] assignment) {
        long total = 0;
        long[] load = new long[groups];
        int[] used = new int[columns];
        for (int row = 0; row < rows; row++) {
            int column = assignment[row];
            if (column < 0) {
                continue;
            }
            long value = Long.MIN_VALUE;
            for (int a = 0; a < arcs; a++) {
                if (arcRow[a] == row && arcColumn[a] == column) {
                    value = Math.max(value, arcValue[a]);
                }
            }
            if (value == Long.MIN_VALUE) {
                throw new IllegalArgumentException("Row " + row + " has no arc to column " + column);
            }
            total += value;
            if (++used[column] > columnCapacity[column]) {
                throw new IllegalArgumentException("Column " + column + " is over its capacity");
            }
            for (int g = columnParent[column]; g != SINK; g = groupParent[g]) {
                load[g]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            long end = groupExisting[g] + load[g];
            total -= groupWeight[g] * (end * end - groupExisting[g] * groupExisting[g]);
        }
        return total;
    }

    /**
     * The successive-shortest-path run. Nodes: rows [0, R), columns [R, R+C), groups [R+C, R+C+G),
     * the sink last.
     */
    private final class Solver {

        // edge kinds by which Dijkstra reached a node
        private static final byte ROW_TO_COLUMN = 1;
        private static final byte COLUMN_TO_ROW = 2;
        private static final byte UP = 3;
        private static final byte DOWN = 4;
        private static final byte BYPASS = 5;

        private final int columnBase = rows;
        private final int groupBase = rows + columns;
        private final int sink = rows + columns + groups;
        private final int nodes = sink + 1;

        // arcs of each row, in CSR form
        private final int[] rowStart = new int[rows + 1];
        private final int[] rowArcColumn = new int[arcs];
        private final long[] rowArcValue = new long[arcs];

        // the flow: each row's arc (index into the CSR arrays) or −1; rows at each column; load on each edge up
        private final int[] rowArc = new int[rows];
        private final int[] columnStart = new int[columns + 1];
        private final int[] columnRows;
        private final int[] columnUsed = new int[columns];
        private final long[] groupFlow = new long[groups];
        // the children of each group, in CSR form: node ids (columns and groups)
        private final int[] childStart = new int[groups + 1];
        private final int[] children;

        private final long[] potential = new long[nodes];
        private final long[] distance = new long[nodes];
        private final int[] predecessor = new int[nodes];
        private final int[] predecessorArc = new int[nodes];
        private final byte[] predecessorKind = new byte[nodes];
        private final boolean[] settled = new boolean[nodes];
        private final int[] touched = new int[nodes];
        private int touchedCount;
        private final int[] heap = new int[nodes];
        private final int[] heapIndex = new int[nodes];
        private int heapSize;

        Solver() {
            for (int a = 0; a < arcs; a++) {
                rowStart[arcRow[a] + 1]++;
            }
            for (int r = 0; r < rows; r++) {
                rowStart[r + 1] += rowStart[r];
            }
            int[] fill = Arrays.copyOf(rowStart, rows);
            for (int a = 0; a < arcs; a++) {
                int at = fill[arcRow[a]]++;
                rowArcColumn[at] = arcColumn[a];
                rowArcValue[at] = arcValue[a];
            }
            for (int c = 0; c < columns; c++) {
                columnStart[c + 1] = columnStart[c] + columnCapacity[c];
            }
            columnRows = new int[columnStart[columns]];
            for (int c = 0; c < columns; c++) {
                if (columnParent[c] != SINK) {
                    childStart[columnParent[c] + 1]++;
                }
            }
            for (int g = 0; g < groups; g++) {
                if (groupParent[g] != SINK) {
                    childStart[groupParent[g] + 1]++;
                }
            }
            for (int g = 0; g < groups; g++) {
                childStart[g + 1] += childStart[g];
            }
            children = new int[childStart[groups]];
            int[] next = Arrays.copyOf(childStart, groups);
            for (int c = 0; c < columns; c++) {
                if (columnParent[c] != SINK) {
                    children[next[columnParent[c]]++] = columnBase + c;
                }
            }
            for (int g = 0; g < groups; g++) {
                if (groupParent[g] != SINK) {
                    children[next[groupParent[g]]++] = groupBase + g;
                }
            }
            Arrays.fill(rowArc, -1);
            Arrays.fill(distance, UNREACHED);
            Arrays.fill(heapIndex, -1);
            // The empty flow: reduced costs of the upward edges are their first marginal costs, never negative.
        }

        int[] run() {
            for (int row : rowsByBestValue()) {
                augmentFrom(row);
            }
            int[] assignment = new int[rows];
            for (int r = 0; r < rows; r++) {
                assignment[r] = rowArc[r] < 0 ? -1 : rowArcColumn[rowArc[r]];
            }
            return assignment;
        }

        /** Rows with the most valuable arc first: they win contested seats without detours. */
        private int[] rowsByBestValue() {
            long[] keyed = new long[rows];
            long[] best = new long[rows];
            Integer[] order = new Integer[rows];
            for (int r = 0; r < rows; r++) {
                order[r] = r;
                for (int a = rowStart[r]; a < rowStart[r + 1]; a++) {
                    best[r] = Math.max(best[r], rowArcValue[a]);
                }
                keyed[r] = best[r];
            }
            Arrays.sort(order, (x, y) -> keyed[x] != keyed[y] ? Long.compare(keyed[y], keyed[x]) : Integer.compare(x, y));
            int[] sorted = new int[rows];
            for (int r = 0; r < rows; r++) {
                sorted[r] = order[r];
            }
            return sorted;
        }

        /** Sends the row's unit along the cheapest residual path to the sink, then updates potentials. */
        private void augmentFrom(int start) {
            if (rowStart[start] == rowStart[start + 1]) {
                return;
            }
            // A new row's potential makes its own edges' reduced costs non-negative.
            long p = potential[sink];
            for (int a = rowStart[start]; a < rowStart[start + 1]; a++) {
                p = Math.max(p, rowArcValue[a] + potential[columnBase + rowArcColumn[a]]);
            }
            potential[start] = p;

            reach(start, 0, -1, -1, (byte) 0);
            while (heapSize > 0) {
                int node = pop();
                settled[node] = true;
                if (node == sink) {
                    break;
                }
                long d = distance[node];
                if (node < columnBase) {
                    expandRow(node, d);
                } else if (node < groupBase) {
                    expandColumn(node, d);
                } else {
                    expandGroup(node, d);
                }
            }
            long reachedSink = distance[sink];
            augmentAlongPath();
            for (int i = 0; i < touchedCount; i++) {
                int node = touched[i];
                if (settled[node]) {
                    potential[node] += distance[node] - reachedSink;
                }
                settled[node] = false;
                distance[node] = UNREACHED;
                if (heapIndex[node] >= 0) {
                    heapIndex[node] = -1;
                }
            }
            touchedCount = 0;
            heapSize = 0;
        }

        private void expandRow(int row, long d) {
            long rowPotential = potential[row];
            int own = rowArc[row];
            for (int a = rowStart[row]; a < rowStart[row + 1]; a++) {
                if (a == own) {
                    continue;
                }
                int column = columnBase + rowArcColumn[a];
                if (!settled[column]) {
                    reach(column, d - rowArcValue[a] + rowPotential - potential[column], row, a, ROW_TO_COLUMN);
                }
            }
            reach(sink, d + rowPotential - potential[sink], row, -1, BYPASS);
        }

        private void expandColumn(int node, long d) {
            int column = node - columnBase;
            long columnPotential = potential[node];
            if (columnUsed[column] < columnCapacity[column]) {
                int parent = columnParent[column] == SINK ? sink : groupBase + columnParent[column];
                if (!settled[parent]) {
                    reach(parent, d + columnPotential - potential[parent], node, -1, UP);
                }
            }
            for (int i = columnStart[column]; i < columnStart[column] + columnUsed[column]; i++) {
                int row = columnRows[i];
                if (!settled[row]) {
                    reach(row, d + rowArcValue[rowArc[row]] + columnPotential - potential[row], node, -1, COLUMN_TO_ROW);
                }
            }
        }

        private void expandGroup(int node, long d) {
            int group = node - groupBase;
            long groupPotential = potential[node];
            int parent = groupParent[group] == SINK ? sink : groupBase + groupParent[group];
            if (!settled[parent]) {
                reach(parent, d + addCost(group) + groupPotential - potential[parent], node, -1, UP);
            }
            for (int i = childStart[group]; i < childStart[group + 1]; i++) {
                int child = children[i];
                if (settled[child]) {
                    continue;
                }
                if (child < groupBase) {
                    if (columnUsed[child - columnBase] > 0) {
                        reach(child, d + groupPotential - potential[child], node, -1, DOWN);
                    }
                } else if (groupFlow[child - groupBase] > 0) {
                    reach(child, d - removeGain(child - groupBase) + groupPotential - potential[child], node, -1, DOWN);
                }
            }
        }

        /** What one more row below the group costs. */
        private long addCost(int group) {
            return groupWeight[group] * (2 * (groupExisting[group] + groupFlow[group]) + 1);
        }

        /** What one row fewer below the group saves. */
        private long removeGain(int group) {
            return groupWeight[group] * (2 * (groupExisting[group] + groupFlow[group]) - 1);
        }

        private void reach(int node, long d, int from, int arc, byte kind) {
            if (d >= distance[node] || d >= distance[sink]) {
                return;
            }
            if (distance[node] == UNREACHED) {
                touched[touchedCount++] = node;
            }
            distance[node] = d;
            predecessor[node] = from;
            predecessorArc[node] = arc;
            predecessorKind[node] = kind;
            if (heapIndex[node] < 0) {
                heapIndex[node] = heapSize;
                heap[heapSize++] = node;
            }
            siftUp(heapIndex[node]);
        }

        /**
         * Moves one unit along the path Dijkstra found, from the sink back to the start row. A path
         * through a column comes from a row and goes up or to another row, or comes down from its
         * group and goes to a row; so a column's used seats change with ROW_TO_COLUMN and
         * COLUMN_TO_ROW alone, and UP and DOWN count only the groups' flows. Walking backwards, a
         * row leaves a full column before another enters it.
         */
        private void augmentAlongPath() {
            int node = sink;
            while (predecessorKind[node] != 0) {
                int from = predecessor[node];
                switch (predecessorKind[node]) {
                    case ROW_TO_COLUMN -> {
                        int column = node - columnBase;
                        columnRows[columnStart[column] + columnUsed[column]++] = from;
                        rowArc[from] = predecessorArc[node];
                    }
                    case COLUMN_TO_ROW -> {
                        int column = from - columnBase;
                        int end = columnStart[column] + --columnUsed[column];
                        for (int i = columnStart[column]; i <= end; i++) {
                            if (columnRows[i] == node) {
                                columnRows[i] = columnRows[end];
                                break;
                            }
                        }
                        if (rowArc[node] >= 0 && rowArcColumn[rowArc[node]] == column) {
                            rowArc[node] = -1;
                        }
                    }
                    case UP -> {
                        if (from >= groupBase) {
                            groupFlow[from - groupBase]++;
                        }
                    }
                    case DOWN -> {
                        if (node >= groupBase) {
                            groupFlow[node - groupBase]--;
                        }
                    }
                    case BYPASS -> {
                        // the row ends unassigned; an assigned one left its column on the edge before
                    }
                    default -> throw new IllegalStateException("Unknown edge kind");
                }
                node = from;
            }
        }

        private int pop() {
            int top = heap[0];
            heapIndex[top] = -1;
            heapSize--;
            if (heapSize > 0) {
                heap[0] = heap[heapSize];
                heapIndex[heap[0]] = 0;
                siftDown(0);
            }
            return top;
        }

        private boolean before(int a, int b) {
            return distance[a] < distance[b] || (distance[a] == distance[b] && a < b);
        }

        private void siftUp(int at) {
            int node = heap[at];
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (!before(node, heap[parent])) {
                    break;
                }
                heap[at] = heap[parent];
                heapIndex[heap[at]] = at;
                at = parent;
            }
            heap[at] = node;
            heapIndex[node] = at;
        }

        private void siftDown(int at) {
            int node = heap[at];
            while (true) {
                int child = 2 * at + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], node)) {
                    break;
                }
                heap[at] = heap[child];
                heapIndex[heap[at]] = at;
                at = child;
            }
            heap[at] = node;
            heapIndex[node] = at;
        }
    }
}
