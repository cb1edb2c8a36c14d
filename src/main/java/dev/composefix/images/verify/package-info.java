/**
 * Checking facts against real images through a local {@code docker}: which commands to run, how to
 * read their answers, and what counts as a mismatch. Running the commands is the command line's
 * job, behind {@link dev.composefix.images.verify.Docker}, since only it starts processes.
 */
package dev.composefix.images.verify;
