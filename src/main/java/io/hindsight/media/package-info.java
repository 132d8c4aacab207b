/**
 * ffprobe and ffmpeg: probing, decoding to PCM and cutting bleeped clips, every command through one
 * CommandRunner.
 */
package io.hindsight.media;
