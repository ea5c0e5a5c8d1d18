package se.tuna.placement.audit;

/**
 * The last entry of a chain: its sequence number and seal.
 *
 * @param chain    the chain
 * @param sequence the entry's place in it, from 0
 * @param hash     the entry's seal
 */
public record ChainHead(String chain, long sequence, String hash) {
}
