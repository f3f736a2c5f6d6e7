import 'reflect-metadata';
import { runMain } from '@shanzhi/kit';
import grid from './service';

runMain(grid);
